import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Whether the reader is at `area` while `target` is off screen: on a phone, editing a
 * field far above or below the results. Both are watched by one IntersectionObserver,
 * so nothing runs while the reader scrolls.
 */
export function useOffScreen(target: RefObject<Element>, area: RefObject<Element>): boolean {
  const [off, setOff] = useState(false);
  useEffect(() => {
    const watched = [target.current, area.current];
    if (!watched[0] || !watched[1] || typeof IntersectionObserver === 'undefined') return;
    const seen = new Map<Element, boolean>();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) seen.set(entry.target, entry.isIntersecting);
      setOff(seen.get(watched[1]!) === true && seen.get(watched[0]!) === false);
    });
    watched.forEach((element) => observer.observe(element!));
    return () => observer.disconnect();
  }, [target, area]);
  return off;
}
