import { locales, type Locale } from '../../i18n/locales';
import { formatFigure } from '../../i18n/numbers';
import ChartAxis from './ChartAxis';

export interface Bar {
  label: string;
  value: number;
  /** The value as the reader reads it: the locale's digits, currency, percent. */
  display: string;
  tone: 'keep' | 'win';
}

interface Props {
  bars: Bar[];
  locale: Locale;
  /** The chart's text alternative: what it shows, in words. */
  label: string;
}

/** The bar tracks' own coordinates; stretched to the track's width, so only x matters. */
const WIDTH = 1000;

/**
 * Horizontal bars from a labelled zero, negative values to the other side, each under its
 * label and value (HTML text, which wraps instead of running off the chart). In RTL the
 * bars grow from the right, as the text reads.
 */
export default function BarChart({ bars, locale, label }: Props) {
  const dir = locales[locale].dir;
  const values = bars.map((bar) => bar.value).filter(Number.isFinite);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const at = (value: number) => (value - low) / span;
  const x = (value: number) => (dir === 'rtl' ? 1 - at(value) : at(value)) * WIDTH;
  const zero = x(0);
  return (
    <div class="chart" role="img" aria-label={label}>
      {bars.map((bar) => {
        const end = Number.isFinite(bar.value) ? x(bar.value) : zero;
        return (
          <div key={bar.label} class="chart-row">
            <p class="chart-text">
              {bar.label}: {bar.display}
            </p>
            <svg class="chart-track" viewBox={`0 0 ${WIDTH} 20`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect x={Math.min(zero, end)} y="2" width={Math.max(Math.abs(end - zero), 2)} height="16" class={`bar-${bar.tone}`} />
              <line x1={zero} x2={zero} y1="0" y2="20" class="chart-axis" vector-effect="non-scaling-stroke" />
            </svg>
          </div>
        );
      })}
      <ChartAxis dir={dir} ticks={[{ at: at(0), text: formatFigure(locale, 'count', 0).text }]} />
    </div>
  );
}
