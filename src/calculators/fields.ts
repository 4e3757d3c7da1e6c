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

/** Reads one field as typed, and says what is wrong with it if it cannot be used. */
export function validateField(spec: FieldSpec, text: string): FieldResult {
  const parsed = parseNumber(text);
  if (!parsed.ok) {
    return parsed.error === 'empty' && spec.optional ? { ok: true, value: undefined } : parsed;
  }
  const { value } = parsed;
  if (value < 0) return { ok: false, error: 'negative' };
  if (spec.kind === 'percent' && value > 100) return { ok: false, error: 'over-100' };
  if (value > MAX_VALUE) return { ok: false, error: 'too-large' };
  if (spec.nonZero && value === 0) return { ok: false, error: 'zero' };
  return { ok: true, value };
}
