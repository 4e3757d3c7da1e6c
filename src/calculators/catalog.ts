/** The calculators, in the order the course meets them; each has a page and a lesson. */
export const calculatorIds = ['cost', 'roi', 'success', 'clv', 'uplift'] as const;
export type CalculatorId = (typeof calculatorIds)[number];

/** The claims each calculator's default values come from (content/sources/claims.yaml). */
export const calculatorClaims: Record<CalculatorId, string[]> = {
  cost: ['acq-cost-5-25', 'acq-cost-5', 'acq-cost-7'],
  roi: ['success-60-70-5-20'],
  success: ['success-60-70-5-20'],
  clv: [],
  uplift: ['retention-5-profit-95'],
};
