import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Publishes an element's height as a CSS custom property on the document, for what sticks below
 * it: the top bar wraps to two rows on narrow screens, and the selection bar grows with its
 * buttons, so fixed offsets would hide one sticky bar under the other. `shown` tells when an
 * element rendered only at times has come or gone.
 */
export function useStickyHeight(ref: RefObject<HTMLElement>, property: string, shown = true): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(property, `${element.getBoundingClientRect().height}px`);
    publish();
    if (typeof ResizeObserver !== 'function') return () => root.style.removeProperty(property);
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(property);
    };
  }, [ref, property, shown]);
}
