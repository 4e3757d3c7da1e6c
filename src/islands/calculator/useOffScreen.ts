import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Whether the reader is at `area` while `target` is not wholly on screen: on a phone,
 * editing a field far above or below the results, or with the figure cut by the screen's
 * edge. Both are watched by one IntersectionObserver, so nothing runs while the reader
 * scrolls between its thresholds.
 */
export function useOffScreen(target: RefObject<Element>, area: RefObject<Element>): boolean {
  const [off, setOff] = useState(false);
  useEffect(() => {
    const watched = [target.current, area.current];
    if (!watched[0] || !watched[1] || typeof IntersectionObserver === 'undefined') return;
    const seen = new Map<Element, IntersectionObserverEntry>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) seen.set(entry.target, entry);
        const [shown, at] = [seen.get(watched[0]!), seen.get(watched[1]!)];
        // Rounding can leave a wholly visible box a hair under 1.
        setOff(at?.isIntersecting === true && shown !== undefined && shown.intersectionRatio < 0.99);
      },
      { threshold: [0, 1] },
    );
    watched.forEach((element) => observer.observe(element!));
    return () => observer.disconnect();
  }, [target, area]);
  return off;
}
