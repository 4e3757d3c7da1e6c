import { locales, type Locale } from '../../i18n/locales';
import ChartAxis, { type Tick } from './ChartAxis';
import ChartLegend from './ChartLegend';

/** A value marked on a range: a figure the articles quote, or the reader's own. */
export interface Mark {
  value: number;
  tone: 'quoted' | 'yours';
}

export interface RangeRow {
  label: string;
  low: number;
  high: number;
  marks?: Mark[];
}

interface Props {
  rows: RangeRow[];
  /** The axis runs from 0 to this. */
  max: number;
  /** Values to label on the axis, most important first, as the reader reads them. */
  ticks: { value: number; text: string }[];
  /** What each kind of mark stands for, shown under the chart with its swatch. */
  legend?: { tone: Mark['tone']; text: string }[];
  locale: Locale;
  label: string;
}

const WIDTH = 1000;

/**
 * Ranges on one scale from 0, with the scale's values labelled under them; mirrored in
 * RTL so they read from the right. Marks are told apart by their look and named in a
 * legend, never by a label squeezed next to them.
 */
export default function RangeChart({ rows, max, ticks, legend, locale, label }: Props) {
  const dir = locales[locale].dir;
  const at = (value: number) => Math.min(Math.max(value, 0), max) / (max || 1);
  const x = (value: number) => (dir === 'rtl' ? 1 - at(value) : at(value)) * WIDTH;
  const axisTicks: Tick[] = ticks.map((tick) => ({ at: at(tick.value), text: tick.text }));
  return (
    <div class="chart" role="img" aria-label={label}>
      {rows.map((row) => {
        const [a, b] = [x(row.low), x(row.high)].sort((p, q) => p - q) as [number, number];
        return (
          <div key={row.label} class="chart-row">
            <p class="chart-text">{row.label}</p>
            <svg class="chart-track" viewBox={`0 0 ${WIDTH} 20`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect x={a} y="4" width={Math.max(b - a, 4)} height="12" class="bar-range" />
              {row.marks?.map((mark) => (
                <line
                  key={mark.tone}
                  x1={x(mark.value)}
                  x2={x(mark.value)}
                  y1="0"
                  y2="20"
                  class={`mark-${mark.tone}`}
                  vector-effect="non-scaling-stroke"
                />
              ))}
            </svg>
          </div>
        );
      })}
      <ChartAxis dir={dir} ticks={axisTicks} />
      {legend && <ChartLegend entries={legend} />}
    </div>
  );
}
