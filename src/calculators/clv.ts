import type { FieldSpec } from './fields';

/** Customer lifetime value, and how it compares with the cost of winning the customer. */
export type ClvInputs = {
  /** Average order value. */
  order: number;
  /** Purchases a year. */
  frequency: number;
  /** How many years a customer stays. */
  years: number;
  /** Gross margin, in percent. */
  margin: number;
  /** Cost to acquire one customer (CAC), optional. */
  cac?: number | undefined;
};

export const clvFields = {
  order: { kind: 'money' },
  frequency: { kind: 'count' },
  years: { kind: 'years' },
  margin: { kind: 'percent' },
  cac: { kind: 'money', optional: true, nonZero: true },
} satisfies Record<keyof ClvInputs, FieldSpec>;

/** The running case: $28 orders, four a year, 2.6 years (1 / 38% churn), 45% margin, $35 CAC. */
export const clvDefaults: ClvInputs = { order: 28, frequency: 4, years: 2.6, margin: 45, cac: 35 };

/**
 * The common reading of CLV:CAC, a rule of thumb from subscription software (claim
 * `ratioClaim`): below 1 each customer loses money, about 3 is called healthy. Each band
 * starts at its number here, and the words shown are written with these same numbers:
 * loss below 1, thin from 1 to under 3, healthy from 3 to 5 included, high above 5.
 * High is no verdict: a cheap channel, a lifetime estimated too long and room to spend
 * more on growth all give it.
 */
export const ratioBands = { thin: 1, healthy: 3, high: 5 } as const;

/** The claim the reading comes from (content/sources/claims.yaml). */
export const ratioClaim = 'ltv-cac-3';

export type ClvReading = 'loss' | 'thin' | 'healthy' | 'high';

export function readRatio(ratio: number): ClvReading {
  if (ratio < ratioBands.thin) return 'loss';
  if (ratio < ratioBands.healthy) return 'thin';
  if (ratio <= ratioBands.high) return 'healthy';
  return 'high';
}

export interface ClvResult {
  clv: number;
  /** CLV divided by CAC, when a CAC is given. */
  ratio: number | null;
  reading: ClvReading | null;
}

export function computeClv({ order, frequency, years, margin, cac }: ClvInputs): ClvResult {
  // The percentage is divided out last so that whole inputs give an exact result.
  const clv = (order * frequency * years * margin) / 100;
  if (cac === undefined) return { clv, ratio: null, reading: null };
  const ratio = clv / cac;
  return { clv, ratio, reading: readRatio(ratio) };
}
