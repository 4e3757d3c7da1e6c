import type { Direction } from '../../i18n/locales';

export interface Tick {
  /** Where the tick stands along the axis, from 0 (its start) to 1 (its end). */
  at: number;
  text: string;
}

interface Props {
  ticks: Tick[];
  dir: Direction;
}

/** Labels closer than this share of the axis would run into each other. */
const MIN_GAP = 0.15;

/** The ticks to label, in the order given (most important first), none too close to another. */
export function spaced(ticks: Tick[]): Tick[] {
  const kept: Tick[] = [];
  for (const tick of ticks) {
    if (kept.every((other) => Math.abs(other.at - tick.at) >= MIN_GAP)) kept.push(tick);
  }
  return kept;
}

/**
 * A horizontal axis under a chart's bars: a line and labelled ticks, mirrored in RTL so it
 * runs the way the bars grow. Without a viewBox the SVG is drawn at its own size, so its
 * text stays at the size the stylesheet gives it; positions are percentages of its width,
 * and a label near either end is anchored inward so it never leaves the box.
 */
export default function ChartAxis({ ticks, dir }: Props) {
  return (
    <svg class="chart-axis-row" aria-hidden="true" focusable="false">
      <line x1="0" x2="100%" y1="1" y2="1" class="chart-axis" />
      {spaced(ticks).map((tick) => {
        const percent = (dir === 'rtl' ? 1 - tick.at : tick.at) * 100;
        const anchor = percent < 10 ? 'start' : percent > 90 ? 'end' : 'middle';
        return (
          <g key={tick.text}>
            <line x1={`${percent}%`} x2={`${percent}%`} y1="0" y2="7" class="chart-axis" />
            <text x={`${percent}%`} y="24" text-anchor={anchor} direction="ltr" class="chart-text">
              {tick.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
