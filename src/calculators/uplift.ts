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

/** Horizons longer than this add nothing a reader can see, and cost a long loop. */
export const MAX_YEARS = 100;

/**
 * The present value of one customer over the horizon: the margin of each year t the
 * customer is still there (with probability r^t), discounted by (1 + d)^t.
 */
export function customerValue(retentionRatio: number, margin: number, years: number, discountRatio: number): number {
  let value = 0;
  for (let t = 0; t < Math.min(Math.floor(years), MAX_YEARS); t++) {
    value += (margin * retentionRatio ** t) / (1 + discountRatio) ** t;
  }
  return value;
}

export interface UpliftResult {
  raisedRetention: number;
  current: number;
  raised: number;
  /** Relative increase: 0.157 is +15.7%; null when the current value is 0. */
  increase: number | null;
  /** Value accumulated by the end of each year, for the chart. */
  curve: { year: number; current: number; raised: number }[];
}

export function computeUplift({ retention, uplift, margin, years, discount }: UpliftInputs): UpliftResult {
  const raisedRetention = Math.min(retention + uplift, 100);
  const d = discount / 100;
  const horizon = Math.min(Math.floor(years), MAX_YEARS);
  const current = customerValue(retention / 100, margin, horizon, d);
  const raised = customerValue(raisedRetention / 100, margin, horizon, d);
  const curve = Array.from({ length: horizon }, (_, i) => ({
    year: i + 1,
    current: customerValue(retention / 100, margin, i + 1, d),
    raised: customerValue(raisedRetention / 100, margin, i + 1, d),
  }));
  return { raisedRetention, current, raised, increase: current === 0 ? null : raised / current - 1, curve };
}
