import type { FieldSpec } from './fields';

/** A retention and an acquisition campaign side by side (claim success-60-70-5-20). */
export type RoiInputs = {
  ret_cost: number;
  ret_reach: number;
  ret_rate: number;
  acq_cost: number;
  acq_reach: number;
  acq_rate: number;
  /** Average order value. */
  order: number;
  /** Gross margin, in percent. */
  margin: number;
  /** Orders each customer the retention campaign keeps places over their life; 1 if left out. */
  ret_orders?: number | undefined;
  /** Orders each customer the acquisition campaign wins places over their life; 1 if left out. */
  acq_orders?: number | undefined;
};

export const roiFields = {
  ret_cost: { kind: 'money', nonZero: true },
  ret_reach: { kind: 'count' },
  ret_rate: { kind: 'percent' },
  acq_cost: { kind: 'money', nonZero: true },
  acq_reach: { kind: 'count' },
  acq_rate: { kind: 'percent' },
  order: { kind: 'money' },
  margin: { kind: 'percent' },
  ret_orders: { kind: 'count', optional: true, nonZero: true },
  acq_orders: { kind: 'count', optional: true, nonZero: true },
} satisfies Record<keyof RoiInputs, FieldSpec>;

/**
 * The running case's two campaigns over the customers' lives: the win-back email (6%
 * caused, 12% ordered against 6% of a holdout group) and the Instagram ads, $28 orders
 * at a 45% margin.
 */
export const roiDefaults: RoiInputs = {
  ret_cost: 1500,
  ret_reach: 1000,
  ret_rate: 6,
  acq_cost: 3500,
  acq_reach: 20000,
  acq_rate: 0.5,
  order: 28,
  margin: 45,
  ret_orders: 6,
  acq_orders: 10.4,
};

/** The success-rate ranges the articles quote, in percent. */
export const rateRanges = { existing: { low: 60, high: 70 }, new: { low: 5, high: 20 } } as const;

export interface CampaignResult {
  /** Customers the campaign keeps or wins (each counted once, whatever their orders). */
  sales: number;
  profit: number;
  /** Profit over cost: 0.3 is 30%. */
  roi: number;
  /**
   * Orders a customer must place before the margin on them repays what the campaign
   * spent to keep or win them; null when it made no sale or orders earn no margin.
   */
  payback: number | null;
}

// Percentages are divided out last, so whole inputs give exact results (100 x 65 x 50 x
// 40 / 10,000 is exactly 1,300) instead of depending on how 0.65 and 0.4 round in binary.
function campaign(cost: number, reach: number, ratePercent: number, orders: number, order: number, marginPercent: number): CampaignResult {
  const sales = (reach * ratePercent) / 100;
  const profit = (reach * ratePercent * orders * order * marginPercent) / 10_000 - cost;
  // cost / sales / (order x margin), as one division: cost x 10,000 / (reach x rate x order x margin).
  const earning = reach * ratePercent * order * marginPercent;
  const toRepay = (cost * 10_000) / earning;
  // Float division can land a hair above a whole number (2.0000000000000004 orders);
  // a margin of a billionth of an order keeps that from counting as one more.
  const payback = earning > 0 && Number.isFinite(toRepay) ? Math.max(1, Math.ceil(toRepay - 1e-9)) : null;
  return { sales, profit, roi: profit / cost, payback };
}

export function computeRoi(inputs: RoiInputs): { retention: CampaignResult; acquisition: CampaignResult } {
  const { order, margin } = inputs;
  return {
    retention: campaign(inputs.ret_cost, inputs.ret_reach, inputs.ret_rate, inputs.ret_orders ?? 1, order, margin),
    acquisition: campaign(inputs.acq_cost, inputs.acq_reach, inputs.acq_rate, inputs.acq_orders ?? 1, order, margin),
  };
}
