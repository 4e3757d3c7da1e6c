import { parseNumber } from './parse-number';

/** What a field holds decides which values make sense in it. */
export type FieldKind = 'count' | 'money' | 'percent' | 'multiple' | 'years';

export interface FieldSpec {
  kind: FieldKind;
  /** May be left empty; the calculator then does without it. */
  optional?: boolean;
  /** The calculator divides by this value, so 0 cannot be used. */
  nonZero?: boolean;
}

export type FieldError = 'empty' | 'not-a-number' | 'negative' | 'over-100' | 'too-large' | 'zero';
export type FieldResult = { ok: true; value: number | undefined } | { ok: false; error: FieldError };

/** Nothing a marketer types is larger than this; beyond it the arithmetic loses meaning. */
export const MAX_VALUE = 1e12;

/**
 * The smallest value a field that divides accepts. A divisor like 1e-300 is 0 for any
 * purpose a reader has, and dividing by it overflows to Infinity; from 1e-6 up, every
 * quotient of values up to MAX_VALUE stays finite.
 */
export const MIN_DIVISOR = 1e-6;

/** The values a field accepts, both ends included. */
export function fieldRange(spec: FieldSpec): { min: number; max: number } {
  return { min: spec.nonZero ? MIN_DIVISOR : 0, max: spec.kind === 'percent' ? 100 : MAX_VALUE };
}

/** Reads one field as typed, and says what is wrong with it if it cannot be used. */
export function validateField(spec: FieldSpec, text: string): FieldResult {
  const parsed = parseNumber(text);
  if (!parsed.ok) {
    return parsed.error === 'empty' && spec.optional ? { ok: true, value: undefined } : parsed;
  }
  const { value } = parsed;
  const { min, max } = fieldRange(spec);
  if (value < 0) return { ok: false, error: 'negative' };
  if (value > max) return { ok: false, error: spec.kind === 'percent' ? 'over-100' : 'too-large' };
  if (value < min) return { ok: false, error: 'zero' };
  return { ok: true, value };
}
