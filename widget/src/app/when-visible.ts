/** Runs `task` once `element` is on screen and the browser is idle; answers a cancel function. */
export function whenVisibleAndIdle(element: Element, task: () => void): () => void {
  let cancelled = false;
  const idle = (callback: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 2000 }) : setTimeout(callback, 200);
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    idle(() => !cancelled && task());
  });
  observer.observe(element);
  return () => {
    cancelled = true;
    observer.disconnect();
  };
}
