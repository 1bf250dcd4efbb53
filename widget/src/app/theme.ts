import type { Theme } from '../../../core/src/types.ts';

/** Parses `rgb(a)` from getComputedStyle; null when transparent. */
function parseColor(value: string): [number, number, number] | null {
  const match = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(value);
  if (!match) return null;
  if (match[4] !== undefined && Number(match[4]) === 0) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The background the host element actually sits on: the first opaque one up the tree. */
function hostBackground(host: Element): [number, number, number] | null {
  for (let element: Element | null = host; element; element = element.parentElement) {
    const color = parseColor(getComputedStyle(element).backgroundColor);
    if (color) return color;
  }
  return null;
}

/** True when the host page looks dark where the widget sits (or, with no background set, prefers dark). */
export function looksDark(host: Element): boolean {
  const background = hostBackground(host);
  if (!background) return matchMedia('(prefers-color-scheme: dark)').matches;
  const [r, g, b] = background.map((channel) => channel / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Sets `data-theme` on the host from the option, or follows the page's look when `auto`: page
 * class or style changes and the system preference re-evaluate it. Answers a stop function.
 */
export function applyTheme(host: HTMLElement, theme: Theme): () => void {
  const update = () => host.setAttribute('data-theme', theme === 'auto' ? (looksDark(host) ? 'dark' : 'light') : theme);
  update();
  if (theme !== 'auto') return () => {};
  const observer = new MutationObserver(update);
  for (const element of [document.documentElement, document.body]) {
    if (element) observer.observe(element, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  }
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', update);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', update);
  };
}
