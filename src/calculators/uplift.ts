import { MAX_VALUE, type FieldSpec } from './fields';

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
  /**
   * How much a customer's yearly profit grows, in percent, for each year they have stayed:
   * year t earns margin x (1 + growth)^t. Optional; left out, profit is the same every year.
   */
  growth?: number | undefined;
};

export const upliftFields = {
  retention: { kind: 'percent' },
  uplift: { kind: 'percent' },
  margin: { kind: 'money' },
  years: { kind: 'years', nonZero: true },
  discount: { kind: 'percent' },
  growth: { kind: 'percent', optional: true },
} satisfies Record<keyof UpliftInputs, FieldSpec>;

/** The running case: 62% kept, 5 points more, $50.40 of margin a year, 10 years at 10%; no growth. */
export const upliftDefaults: UpliftInputs = { retention: 62, uplift: 5, margin: 50.4, years: 10, discount: 10 };

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

/**
 * The largest value the model can give without growth: a margin of MAX_VALUE for
 * MAX_VALUE years. With growth the sum can pass it, and then any number: a value beyond
 * it means the horizon is too long to compute, not that a customer is worth that much.
 */
export const MAX_RESULT = MAX_VALUE * MAX_VALUE;

export interface UpliftResult {
  raisedRetention: number;
  /** Null when the horizon is too long to compute (`tooLong`). */
  current: number | null;
  raised: number | null;
  /** Relative increase: 0.157 is +15.7%; null when the current value is 0 or not computed. */
  increase: number | null;
  /** Growth makes the value pass MAX_RESULT (or any number) over this horizon: no result. */
  tooLong: boolean;
  /**
   * Value accumulated by the end of a year, for the chart: every year of the horizon,
   * or CURVE_POINTS evenly spread years of a longer one.
   */
  curve: { year: number; current: number; raised: number }[];
}

/**
 * The value of one customer over the horizon, V(r) = sum over t = 0 .. years-1 of
 * margin x (1 + g)^t x r^t / (1 + d)^t: the margin of each year t the customer is still
 * there (with probability r^t), grown with their tenure, discounted to today. Only whole
 * years count. Retention cannot be raised past 100%.
 *
 * Growth is what lets a few points of retention raise V a lot: a point of retention counts
 * most in the late years, which a customer reaches only by staying through all before, and
 * growth makes those years the most profitable. With r (1 + g) above 1 + d the terms grow
 * without end, and a long horizon gives no number at all (`tooLong`).
 */
export function computeUplift({ retention, uplift, margin, years, discount, growth }: UpliftInputs): UpliftResult {
  const raisedRetention = Math.min(retention + uplift, 100);
  const horizon = Math.floor(years);
  // q = r / (1 + d), so 1 - q = (1 + d - r) / (1 + d); in percent, whole inputs subtract exactly.
  // With growth q = r (1 + g) / (1 + d), and 1 - q = (100 (100 + d) - r (100 + g)) / (100 (100 + d)):
  // exact again for whole inputs. Without growth the first form, so every link that names
  // no growth gives the very same numbers as before growth existed.
  const oneMinusQ = growth
    ? (rate: number) => (100 * (100 + discount) - rate * (100 + growth)) / (100 * (100 + discount))
    : (rate: number) => (100 + discount - rate) / (100 + discount);
  const sumTo = (rate: number, n: number) => geometricSum(oneMinusQ(rate), n);

  const currentSum = sumTo(retention, horizon);
  const raisedSum = sumTo(raisedRetention, horizon);
  const current = margin * currentSum;
  const raised = margin * raisedSum;
  // Past MAX_RESULT, or past any number (Infinity, or 0 x Infinity = NaN), there is no
  // result to show. Each point of the curve is a shorter sum of the same positive terms,
  // so it is finite whenever the totals are.
  if (!(raised <= MAX_RESULT) || !(current <= MAX_RESULT) || !Number.isFinite(raisedSum) || !Number.isFinite(currentSum)) {
    return { raisedRetention, current: null, raised: null, increase: null, tooLong: true, curve: [] };
  }

  const points = Math.min(horizon, CURVE_POINTS);
  const curve = Array.from({ length: points }, (_, i) => {
    const year = Math.round(((i + 1) * horizon) / points);
    return { year, current: margin * sumTo(retention, year), raised: margin * sumTo(raisedRetention, year) };
  });
  // The margin cancels out of the ratio; leaving it out keeps a tiny margin from
  // rounding the two values differently.
  const increase = current === 0 ? null : raisedSum / currentSum - 1;
  return { raisedRetention, current, raised, increase, tooLong: false, curve };
}
