import type { Direction } from '../i18n/locales';

/**
 * The slide a key moves to, from slide `index` of `count` (counting from 0), or null for a
 * key the deck leaves alone. The arrow that points the way the text reads goes forward:
 * → in left-to-right languages, ← in right-to-left ones.
 */
export function slideForKey(key: string, shift: boolean, dir: Direction, index: number, count: number): number | null {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const step = (by: number) => Math.min(count - 1, Math.max(0, index + by));
  switch (key) {
    case forward:
    case 'PageDown':
      return step(1);
    case back:
    case 'PageUp':
      return step(-1);
    case ' ':
      return step(shift ? -1 : 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The slide a horizontal swipe of `dx` pixels moves to: the finger pulls the next slide in from where the text goes. */
export function slideForSwipe(dx: number, dir: Direction, index: number, count: number): number | null {
  const threshold = 50;
  if (Math.abs(dx) < threshold) return null;
  const forward = dx < 0 === (dir === 'ltr');
  return Math.min(count - 1, Math.max(0, index + (forward ? 1 : -1)));
}

/**
 * The counter's text from its UI template (`{{current, number}} / {{total, number}}`), with
 * the numbers written by `format` in the page's digits. The deck's script does this itself
 * rather than through the islands' `fill`: importing nothing it shares with them keeps the
 * script small and inline in the page, as the site's other scripts are.
 */
export function counterText(template: string, format: (n: number) => string, current: number, total: number): string {
  return template.replace(/\{\{\s*(current|total)\b[^}]*\}\}/g, (_match, name: string) => format(name === 'current' ? current : total));
}
