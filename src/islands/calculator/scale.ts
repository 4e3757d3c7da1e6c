export interface Tick {
  /** Where the tick stands along the axis, from 0 (its start) to 1 (its end). */
  at: number;
  text: string;
}

/** Labels closer than this share of the axis would run into each other on a phone. */
export const MIN_GAP = 0.15;

/** The ticks to label, in the order given (most important first), none too close to another. */
export function spaced(ticks: Tick[]): Tick[] {
  const kept: Tick[] = [];
  for (const tick of ticks) {
    if (kept.every((other) => Math.abs(other.at - tick.at) >= MIN_GAP)) kept.push(tick);
  }
  return kept;
}

/**
 * The top of a chart's value scale: the smallest of 2, 4, 6, 8 or 10 times a power of ten
 * at or above the highest value, so that half of it is as round (0, 200, 400).
 */
export function niceTop(high: number): number {
  if (!(high > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(high));
  const step = [2, 4, 6, 8, 10].find((n) => n * power >= high) ?? 10;
  // 0.1 × 3 is 0.30000000000000004: round away what binary adds.
  return Number((step * power).toPrecision(12));
}

/**
 * Years to label along a horizon, from 0 to its end in equal whole steps, at most five
 * of them: the labels are spaced evenly by CSS, so every step must be the same. A horizon
 * no small count divides (7, 13) gets only its start and end.
 */
export function yearTicks(horizon: number): number[] {
  const steps = [5, 4, 3, 2, 1].find((n) => horizon % n === 0) ?? 1;
  return Array.from({ length: steps + 1 }, (_, i) => (i * horizon) / steps);
}
