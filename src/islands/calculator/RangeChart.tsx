import type { Direction } from '../../i18n/locales';

export interface RangeRow {
  label: string;
  low: number;
  high: number;
  /** Values to mark on the row (a quoted figure, the reader's own value). */
  marks?: { value: number; label: string }[];
}

interface Props {
  rows: RangeRow[];
  /** The axis runs from 0 to this. */
  max: number;
  dir: Direction;
  label: string;
}

const WIDTH = 320;
const ROW = 48;

/** Ranges on a shared axis from 0, mirrored in RTL so they read from the right. */
export default function RangeChart({ rows, max, dir, label }: Props) {
  const scale = (value: number) => {
    const x = (Math.min(Math.max(value, 0), max) / (max || 1)) * WIDTH;
    return dir === 'rtl' ? WIDTH - x : x;
  };
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} role="img" aria-label={label}>
      {rows.map((row, i) => {
        const y = i * ROW;
        const [a, b] = [scale(row.low), scale(row.high)].sort((p, q) => p - q) as [number, number];
        return (
          <g key={row.label}>
            <text x={dir === 'rtl' ? WIDTH : 0} y={y + 14} class="chart-label">
              {row.label}
            </text>
            <rect x={a} y={y + 20} width={Math.max(b - a, 2)} height="14" rx="3" class="bar bar-neutral" />
            {row.marks?.map((mark) => (
              <line key={mark.label} x1={scale(mark.value)} x2={scale(mark.value)} y1={y + 16} y2={y + 38} class="chart-mark">
                <title>{mark.label}</title>
              </line>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
