/**
 * Keeps an `auto` theme in step with the page: a change of the page's classes or styles (a
 * dark-mode switch) or of the system preference calls `update`. Answers a stop function.
 */
export function followTheme(update: () => void): () => void {
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
