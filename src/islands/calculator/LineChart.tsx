import type { Direction } from '../../i18n/locales';

export interface Series {
  label: string;
  points: number[];
  tone: 'keep' | 'win';
}

interface Props {
  series: Series[];
  dir: Direction;
  label: string;
}

const WIDTH = 320;
const HEIGHT = 160;
const PAD = 8;

/** Lines over equally spaced steps (years), running right to left in RTL. */
export default function LineChart({ series, dir, label }: Props) {
  const count = Math.max(...series.map((s) => s.points.length), 2);
  const high = Math.max(...series.flatMap((s) => s.points), 0) || 1;
  const x = (i: number) => {
    const position = PAD + (i / (count - 1)) * (WIDTH - 2 * PAD);
    return dir === 'rtl' ? WIDTH - position : position;
  };
  const y = (value: number) => HEIGHT - PAD - (Math.max(value, 0) / high) * (HEIGHT - 2 * PAD);
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT + 40}`} role="img" aria-label={label}>
      <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} class="chart-axis" />
      {series.map((s) => (
        <polyline key={s.label} points={s.points.map((p, i) => `${x(i)},${y(p)}`).join(' ')} class={`line line-${s.tone}`} fill="none" />
      ))}
      {series.map((s, i) => (
        <text key={s.label} x={dir === 'rtl' ? WIDTH : 0} y={HEIGHT + 16 + i * 18} class={`chart-label legend-${s.tone}`}>
          ■ {s.label}
        </text>
      ))}
    </svg>
  );
}
