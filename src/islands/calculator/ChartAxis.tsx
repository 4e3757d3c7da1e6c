import type { Direction } from '../../i18n/locales';
import { spaced, type Tick } from './scale';

export type { Tick };

interface Props {
  ticks: Tick[];
  dir: Direction;
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
