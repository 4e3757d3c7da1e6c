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
} satisfies Record<keyof RoiInputs, FieldSpec>;

export const roiDefaults: RoiInputs = {
  ret_cost: 1000,
  ret_reach: 100,
  ret_rate: 65,
  acq_cost: 1000,
  acq_reach: 100,
  acq_rate: 12.5,
  order: 50,
  margin: 40,
};

/** The success-rate ranges the articles quote, in percent. */
export const rateRanges = { existing: { low: 60, high: 70 }, new: { low: 5, high: 20 } } as const;

export interface CampaignResult {
  sales: number;
  profit: number;
  /** Profit over cost: 0.3 is 30%. */
  roi: number;
}

// Percentages are divided out last, so whole inputs give exact results (100 x 65 x 50 x
// 40 / 10,000 is exactly 1,300) instead of depending on how 0.65 and 0.4 round in binary.
function campaign(cost: number, reach: number, ratePercent: number, order: number, marginPercent: number): CampaignResult {
  const sales = (reach * ratePercent) / 100;
  const profit = (reach * ratePercent * order * marginPercent) / 10_000 - cost;
  return { sales, profit, roi: profit / cost };
}

export function computeRoi(inputs: RoiInputs): { retention: CampaignResult; acquisition: CampaignResult } {
  const { order, margin } = inputs;
  return {
    retention: campaign(inputs.ret_cost, inputs.ret_reach, inputs.ret_rate, order, margin),
    acquisition: campaign(inputs.acq_cost, inputs.acq_reach, inputs.acq_rate, order, margin),
  };
}
