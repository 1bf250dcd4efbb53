import type { Theme } from '../../../core/src/types.ts';

/** Parses `rgb(a)` from getComputedStyle; null when transparent. */
function parseColor(value: string): [number, number, number] | null {
  const match = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(value);
  if (!match) return null;
  if (match[4] !== undefined && Number(match[4]) === 0) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** True when the host page looks dark where the widget sits: the first opaque background up the tree (or, with none, the system preference). */
export function looksDark(host: Element): boolean {
  for (let element: Element | null = host; element; element = element.parentElement) {
    const color = parseColor(getComputedStyle(element).backgroundColor);
    if (!color) continue;
    const [r, g, b] = color.map((channel) => channel / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Sets `data-parley-theme` on the host (not `data-theme`: that is the page's own option, read
 * again on `Parley.reset`): the chosen theme, or for `auto` the page's look right now.
 */
export function setTheme(host: HTMLElement, theme: Theme): void {
  host.setAttribute('data-parley-theme', theme === 'auto' ? (looksDark(host) ? 'dark' : 'light') : theme);
}
