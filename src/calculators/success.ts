import type { FieldSpec } from './fields';

/** What the quoted success rates mean in sales (claim success-60-70-5-20). */
export type SuccessInputs = {
  offers: number;
  target: number;
  existing_low: number;
  existing_high: number;
  new_low: number;
  new_high: number;
};

export const successFields = {
  offers: { kind: 'count' },
  target: { kind: 'count' },
  existing_low: { kind: 'percent', nonZero: true },
  existing_high: { kind: 'percent', nonZero: true },
  new_low: { kind: 'percent', nonZero: true },
  new_high: { kind: 'percent', nonZero: true },
} satisfies Record<keyof SuccessInputs, FieldSpec>;

/**
 * The running case's own rates: 6% (what the win-back caused) to 12% (all who ordered)
 * for idle customers, 0.5% (the ads) to 1% for strangers, and 60 customers to gain.
 */
export const successDefaults: SuccessInputs = {
  offers: 1000,
  target: 60,
  existing_low: 6,
  existing_high: 12,
  new_low: 0.5,
  new_high: 1,
};

export interface Range {
  low: number;
  high: number;
}

export interface GroupResult {
  /** Expected sales from the offers made, at the low and the high rate. */
  sales: Range;
  /** Offers needed to reach the target: the high rate needs the fewest. */
  offersNeeded: Range;
}

// Whole offers: 30 / 0.7 = 42.86 means a 43rd offer is needed. The rounding guards
// against 30 / 0.6 = 50.000000000000007 asking for a 51st.
const wholeOffers = (target: number, ratePercent: number) => Math.ceil(Number(((target * 100) / ratePercent).toFixed(9)));

function group(offers: number, target: number, lowPercent: number, highPercent: number): GroupResult {
  const [low, high] = lowPercent <= highPercent ? [lowPercent, highPercent] : [highPercent, lowPercent];
  return {
    sales: { low: (offers * low) / 100, high: (offers * high) / 100 },
    offersNeeded: { low: wholeOffers(target, high), high: wholeOffers(target, low) },
  };
}

export function computeSuccess(inputs: SuccessInputs): { existing: GroupResult; new: GroupResult } {
  return {
    existing: group(inputs.offers, inputs.target, inputs.existing_low, inputs.existing_high),
    new: group(inputs.offers, inputs.target, inputs.new_low, inputs.new_high),
  };
}
