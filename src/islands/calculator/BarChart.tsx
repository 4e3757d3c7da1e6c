import type { Direction } from '../../i18n/locales';

export interface Bar {
  label: string;
  value: number;
  /** The value as the reader reads it: the locale's digits, currency, percent. */
  display: string;
  tone: 'keep' | 'win' | 'neutral';
}

interface Props {
  bars: Bar[];
  dir: Direction;
  /** The chart's text alternative: what it shows, in words. */
  label: string;
}

const WIDTH = 320;
const ROW = 44;
const LABEL = 18;

/**
 * Horizontal bars from a zero line, negative values to the other side. In RTL the
 * whole chart is mirrored, so bars grow from the right as the text reads.
 */
export default function BarChart({ bars, dir, label }: Props) {
  const values = bars.map((bar) => bar.value);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const x = (value: number) => ((value - low) / span) * WIDTH;
  const place = (from: number, to: number) => {
    const [start, end] = dir === 'rtl' ? [WIDTH - to, WIDTH - from] : [from, to];
    return { x: start, width: Math.max(end - start, 1) };
  };
  const zero = x(0);
  const height = bars.length * ROW;

  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
      {bars.map((bar, i) => {
        const y = i * ROW;
        const { x: barX, width } = place(Math.min(zero, x(bar.value)), Math.max(zero, x(bar.value)));
        return (
          <g key={bar.label}>
            <text x={dir === 'rtl' ? WIDTH : 0} y={y + LABEL - 4} text-anchor="start" class="chart-label">
              {bar.label}: {bar.display}
            </text>
            <rect x={barX} y={y + LABEL} width={width} height={ROW - LABEL - 8} class={`bar bar-${bar.tone}`} rx="3" />
          </g>
        );
      })}
      <line x1={dir === 'rtl' ? WIDTH - zero : zero} x2={dir === 'rtl' ? WIDTH - zero : zero} y1="0" y2={height} class="chart-axis" />
    </svg>
  );
}
