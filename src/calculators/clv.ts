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

export const clvDefaults: ClvInputs = { order: 50, frequency: 4, years: 3, margin: 40, cac: 80 };

/**
 * The common reading of CLV:CAC: below 1 each customer loses money, about 3 is healthy,
 * well above that the business may be spending too little on growth. The bands:
 * loss below 1, thin from 1, healthy from 2.5 (what rounds to "about 3") to 5 included,
 * underinvesting above 5.
 */
export type ClvReading = 'loss' | 'thin' | 'healthy' | 'underinvesting';

export function readRatio(ratio: number): ClvReading {
  if (ratio < 1) return 'loss';
  if (ratio < 2.5) return 'thin';
  if (ratio <= 5) return 'healthy';
  return 'underinvesting';
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
