import { costFields } from './cost';
import { roiFields } from './roi';
import { successFields } from './success';
import { clvFields, ratioClaim } from './clv';
import { upliftFields } from './uplift';

/** The calculators, in the order the course meets them; each has a page and a lesson. */
export const calculatorIds = ['cost', 'roi', 'success', 'clv', 'uplift'] as const;
export type CalculatorId = (typeof calculatorIds)[number];

/**
 * The published figures (content/sources/claims.yaml) each calculator lets a reader test.
 * Its default values are the running case's numbers, not these figures.
 */
export const calculatorClaims: Record<CalculatorId, string[]> = {
  cost: ['acq-cost-5-25', 'acq-cost-5', 'acq-cost-7'],
  roi: ['success-60-70-5-20'],
  success: ['success-60-70-5-20'],
  clv: [ratioClaim],
  uplift: ['retention-5-profit-95'],
};

/** Each calculator's fields: the names its query string and its lessons' presets may use. */
export const calculatorFields = {
  cost: costFields,
  roi: roiFields,
  success: successFields,
  clv: clvFields,
  uplift: upliftFields,
} as const satisfies Record<CalculatorId, object>;
