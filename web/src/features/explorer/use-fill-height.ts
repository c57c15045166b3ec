import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height that takes the element from where it starts to the bottom of the window, less the
 * bottom padding of the page's <main>, never less than `minimum` pixels: the explorer fills what
 * the shell leaves of the screen whatever the height of the bars above it (on tablets the
 * navigation is a bar above the page) and without making the page scroll.
 */
export function useFillHeight(element: RefObject<HTMLElement | null>, minimum: number): number {
  const [height, setHeight] = useState(minimum);
  useLayoutEffect(() => {
    const measure = () => {
      const node = element.current;
      if (!node) return;
      const top = node.getBoundingClientRect().top + window.scrollY;
      const main = node.closest('main');
      const bottomPadding = main ? parseFloat(getComputedStyle(main).paddingBottom) || 0 : 0;
      setHeight(Math.max(minimum, Math.floor(window.innerHeight - top - bottomPadding)));
    };
    measure();
    window.addEventListener('resize', measure);
    // The bars above can change height without the window changing (another language's labels).
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [element, minimum]);
  return height;
}
