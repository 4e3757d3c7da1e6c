/** The calculators, in the order the course meets them; each has a page and a lesson. */
export const calculatorIds = ['cost', 'roi', 'success', 'clv', 'uplift'] as const;
export type CalculatorId = (typeof calculatorIds)[number];
