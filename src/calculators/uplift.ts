import type { FieldSpec } from './fields';

/** What a few points more retention are worth (claim retention-5-profit-95). */
export type UpliftInputs = {
  /** Percent of customers kept each year. */
  retention: number;
  /** Percentage points of retention added. */
  uplift: number;
  /** Profit per customer per year. */
  margin: number;
  /** Horizon, in years. */
  years: number;
  /** Discount rate, in percent a year. */
  discount: number;
};

export const upliftFields = {
  retention: { kind: 'percent' },
  uplift: { kind: 'percent' },
  margin: { kind: 'money' },
  years: { kind: 'years', nonZero: true },
  discount: { kind: 'percent' },
} satisfies Record<keyof UpliftInputs, FieldSpec>;

export const upliftDefaults: UpliftInputs = { retention: 80, uplift: 5, margin: 100, years: 10, discount: 10 };

/** The chart needs no more points than this, however long the horizon. */
export const CURVE_POINTS = 100;

/**
 * The sum of q^t for t = 0 .. n-1, given 1 - q (between 0 and 1), in closed form so
 * that any horizon up to the fields' limit costs the same: (1 - q^n) / (1 - q), or n
 * when q = 1. expm1 and log1p keep it accurate when q is close to 1, where 1 - q^n and
 * 1 - q would lose their digits to cancellation.
 */
function geometricSum(oneMinusQ: number, n: number): number {
  if (n === 0) return 0;
  if (oneMinusQ === 0) return n;
  return -Math.expm1(n * Math.log1p(-oneMinusQ)) / oneMinusQ;
}

export interface UpliftResult {
  raisedRetention: number;
  current: number;
  raised: number;
  /** Relative increase: 0.157 is +15.7%; null when the current value is 0. */
  increase: number | null;
  /**
   * Value accumulated by the end of a year, for the chart: every year of the horizon,
   * or CURVE_POINTS evenly spread years of a longer one.
   */
  curve: { year: number; current: number; raised: number }[];
}

/**
 * The value of one customer over the horizon, V(r) = sum over t = 0 .. years-1 of
 * margin x r^t / (1 + d)^t: the margin of each year t the customer is still there (with
 * probability r^t), discounted to today. Only whole years count. Retention cannot be
 * raised past 100%.
 */
export function computeUplift({ retention, uplift, margin, years, discount }: UpliftInputs): UpliftResult {
  const raisedRetention = Math.min(retention + uplift, 100);
  const horizon = Math.floor(years);
  // q = r / (1 + d), so 1 - q = (1 + d - r) / (1 + d); in percent, whole inputs subtract exactly.
  const oneMinusQ = (rate: number) => (100 + discount - rate) / (100 + discount);
  const sumTo = (rate: number, n: number) => geometricSum(oneMinusQ(rate), n);

  const points = Math.min(horizon, CURVE_POINTS);
  const curve = Array.from({ length: points }, (_, i) => {
    const year = Math.round(((i + 1) * horizon) / points);
    return { year, current: margin * sumTo(retention, year), raised: margin * sumTo(raisedRetention, year) };
  });
  const currentSum = sumTo(retention, horizon);
  const raisedSum = sumTo(raisedRetention, horizon);
  const current = margin * currentSum;
  // The margin cancels out of the ratio; leaving it out keeps a tiny margin from
  // rounding the two values differently.
  const increase = current === 0 ? null : raisedSum / currentSum - 1;
  return { raisedRetention, current, raised: margin * raisedSum, increase, curve };
}
