import fc from 'fast-check';
import { fieldRange, type FieldSpec } from '../../../src/calculators/fields';

/** Any value validateField accepts for the field: what "every valid input" means. */
export const valid = (spec: FieldSpec): fc.Arbitrary<number> => fc.double({ ...fieldRange(spec), noNaN: true });

/** A valid value, or the field left empty. */
export const validOrEmpty = (spec: FieldSpec): fc.Arbitrary<number | undefined> => fc.option(valid(spec), { nil: undefined });

/** Every number in a result, however nested, is finite and not -0; labels, flags and nulls aside. */
export const cleanNumbers = (value: unknown): boolean => {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  return typeof value === 'object' && Object.values(value).every(cleanNumbers);
};

/** Two numbers in order, for monotonicity: the first never above the second. */
export const ordered = (values: fc.Arbitrary<number>): fc.Arbitrary<[number, number]> =>
  fc.tuple(values, values).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
