import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { clvDefaults, clvFields, computeClv, ratioBands, readRatio } from '../../../src/calculators/clv';
import { readQuery } from '../../../src/calculators/query';
import { cleanNumbers, ordered, valid, validOrEmpty } from './valid';

const inputs = fc.record({
  order: valid(clvFields.order),
  frequency: valid(clvFields.frequency),
  years: valid(clvFields.years),
  margin: valid(clvFields.margin),
  cac: validOrEmpty(clvFields.cac),
});

describe('clv', () => {
  it("the issue's example: CLV 240, three times the CAC", () => {
    const result = computeClv(readQuery('order=50&frequency=4&years=3&margin=40&cac=80', clvFields, clvDefaults));
    // 50 × 4 a year × 3 years = 600 in sales; 40% of it is 240. 240 / 80 = 3.
    expect(result).toEqual({ clv: 240, ratio: 3, reading: 'healthy' });
  });

  it('without a CAC there is no ratio and no reading', () => {
    // 10 × 1 × 1 × 50% = 5.
    expect(computeClv({ order: 10, frequency: 1, years: 1, margin: 50 })).toEqual({ clv: 5, ratio: null, reading: null });
  });

  it('reads the ratio in its bands: below 1, from 1 to under 3, from 3 to 5, above 5', () => {
    expect(ratioBands).toEqual({ thin: 1, healthy: 3, high: 5 });
    expect([0, 0.99, 1, 2.5, 2.99, 3, 4, 5, 5.01, 40].map(readRatio)).toEqual([
      'loss',
      'loss',
      'thin',
      'thin',
      'thin',
      'healthy',
      'healthy',
      'healthy',
      'high',
      'high',
    ]);
  });

  it('the running case: $131.04 of lifetime margin against a $35 CAC, 3.7 and healthy', () => {
    // 28 × 4 × 2.6 × 45% = 131.04; 131.04 / 35 = 3.744.
    const result = computeClv(readQuery('order=28&frequency=4&years=2.6&margin=45&cac=35', clvFields, clvDefaults));
    expect(result.clv).toBeCloseTo(131.04, 10);
    expect(result.ratio).toBeCloseTo(3.744, 10);
    expect(result.reading).toBe('healthy');
  });

  it('every output is a finite number for every valid input', () => {
    fc.assert(fc.property(inputs, (values) => cleanNumbers(computeClv(values))));
  });

  it('a longer lifespan never lowers CLV, and a higher CAC never raises the ratio', () => {
    fc.assert(
      fc.property(
        ordered(valid(clvFields.years)),
        ordered(valid(clvFields.cac)),
        inputs,
        ([shorter, longer], [cheaper, dearer], values) => {
          const clvOver = (years: number) => computeClv({ ...values, years }).clv;
          const ratioAt = (cac: number) => computeClv({ ...values, cac }).ratio ?? Number.NaN;
          return clvOver(longer) >= clvOver(shorter) && ratioAt(dearer) <= ratioAt(cheaper);
        },
      ),
    );
  });
});
