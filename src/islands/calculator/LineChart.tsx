import { locales, type Locale } from '../../i18n/locales';
import { formatFigure } from '../../i18n/numbers';
import { niceTop, yearTicks } from './scale';
import ChartLegend from './ChartLegend';

export interface Series {
  label: string;
  /** The value at the end of each year of `years`. */
  points: number[];
  tone: 'keep' | 'win';
}

interface Props {
  series: Series[];
  /** The year each point stands for, from 0 to the horizon. */
  years: number[];
  locale: Locale;
  /** The chart's text alternative. */
  label: string;
  /** The name of the horizontal axis. */
  yearsLabel: string;
}

const SIZE = 1000;

/**
 * Lines over the years with both axes labelled: values up the side (0, half and the top
 * of a round scale), years along the bottom. The labels are HTML laid out by CSS grid
 * and flex around a stretched SVG plot, so they keep the body's size at any width and
 * mirror with the page; only the lines are drawn, mirrored by hand in RTL.
 */
export default function LineChart({ series, years, locale, label, yearsLabel }: Props) {
  const dir = locales[locale].dir;
  const horizon = Math.max(...years, 1);
  const top = niceTop(Math.max(...series.flatMap((s) => s.points), 0));
  const tickKind = top >= 2 ? 'count' : 'ratio';
  const x = (year: number) => (dir === 'rtl' ? 1 - year / horizon : year / horizon) * SIZE;
  const y = (value: number) => SIZE - (Math.max(value, 0) / top) * SIZE;
  return (
    <div class="chart line-chart" role="img" aria-label={label}>
      <div class="line-grid">
        <div class="line-values">
          {[top, top / 2, 0].map((value) => (
            <span key={value} class="chart-text">
              {formatFigure(locale, tickKind, value).text}
            </span>
          ))}
        </div>
        <svg class="line-plot" viewBox={`0 0 ${SIZE} ${SIZE}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {[0, SIZE / 2].map((level) => (
            <line key={level} x1="0" x2={SIZE} y1={level} y2={level} class="chart-grid" vector-effect="non-scaling-stroke" />
          ))}
          <line x1="0" x2={SIZE} y1={SIZE} y2={SIZE} class="chart-axis" vector-effect="non-scaling-stroke" />
          {series.map((s) => (
            <polyline
              key={s.label}
              points={s.points.map((p, i) => `${x(years[i] ?? 0)},${y(p)}`).join(' ')}
              class={`line line-${s.tone}`}
              fill="none"
              vector-effect="non-scaling-stroke"
            />
          ))}
        </svg>
        <div class="line-years">
          {yearTicks(horizon).map((year) => (
            <span key={year} class="chart-text">
              {formatFigure(locale, 'count', year).text}
            </span>
          ))}
        </div>
      </div>
      <p class="chart-text line-title">{yearsLabel}</p>
      <ChartLegend entries={series.map((s) => ({ tone: s.tone, text: s.label }))} />
    </div>
  );
}
