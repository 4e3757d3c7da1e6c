import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeUplift, CURVE_POINTS, upliftDefaults, upliftFields, type UpliftInputs } from '../../../src/calculators/uplift';
import { readQuery } from '../../../src/calculators/query';
import { cleanNumbers, ordered, valid } from './valid';

/** V(r) by its definition, a year at a time: independent of the closed form under test. */
function valueByLoop(retentionPercent: number, margin: number, years: number, discountPercent: number): number {
  let value = 0;
  for (let t = 0; t < years; t++) {
    value += (margin * (retentionPercent / 100) ** t) / (1 + discountPercent / 100) ** t;
  }
  return value;
}

const inputs = fc.record({
  retention: valid(upliftFields.retention),
  uplift: valid(upliftFields.uplift),
  margin: valid(upliftFields.margin),
  years: valid(upliftFields.years),
  discount: valid(upliftFields.discount),
});

const relativelyClose = (a: number, b: number, tolerance = 1e-10) => Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));

describe('uplift', () => {
  it('the issue\'s example: 351.49, 406.60 and +15.7%', () => {
    const result = computeUplift(readQuery('retention=80&uplift=5&margin=100&years=10&discount=10', upliftFields, upliftDefaults));
    // q = 0.80 / 1.10: 100 + 72.727 + 52.893 + 38.467 + 27.976 + 20.346 + 14.797 + 10.762 + 7.827 + 5.692 = 351.488
    // q = 0.85 / 1.10: 100 + 77.273 + 59.711 + 46.140 + 35.654 + 27.551 + 21.289 + 16.451 + 12.712 + 9.823 = 406.602
    // 406.602 / 351.488 = 1.1568: +15.7%.
    expect(result.current.toFixed(2)).toBe('351.49');
    expect(result.raised.toFixed(2)).toBe('406.60');
    expect(((result.increase ?? Number.NaN) * 100).toFixed(1)).toBe('15.7');
    expect(result.current).toBeCloseTo(valueByLoop(80, 100, 10, 10), 10);
    expect(result.raised).toBeCloseTo(valueByLoop(85, 100, 10, 10), 10);
    expect(result.raisedRetention).toBe(85);
  });

  it('raised retention stops at 100%', () => {
    // 98 + 5 is capped at 100: kept for sure, 10 a year for 3 undiscounted years is 30.
    // At 98%: 10 + 9.8 + 9.604 = 29.404.
    const result = computeUplift({ retention: 98, uplift: 5, margin: 10, years: 3, discount: 0 });
    expect(result.raisedRetention).toBe(100);
    expect(result.raised).toBe(30);
    expect(result.current).toBeCloseTo(29.404, 12);
  });

  it('with no retention a customer is worth one year\'s margin', () => {
    // Only t = 0 counts: 0^0 = 1, every later year 0.
    expect(computeUplift({ retention: 0, uplift: 0, margin: 70, years: 20, discount: 10 }).current).toBe(70);
  });

  it('a customer worth nothing, or a horizon under a year, has no relative increase', () => {
    expect(computeUplift({ retention: 50, uplift: 5, margin: 0, years: 5, discount: 10 }).increase).toBeNull();
    expect(computeUplift({ ...upliftDefaults, years: 0.5 })).toEqual({ raisedRetention: 85, current: 0, raised: 0, increase: null, curve: [] });
  });

  it('counts whole years, with no upper limit on the horizon', () => {
    expect(computeUplift({ ...upliftDefaults, years: 10.9 }).current).toBe(computeUplift(upliftDefaults).current);
    // Kept for sure and undiscounted, each year adds the full margin.
    expect(computeUplift({ retention: 100, uplift: 0, margin: 2, years: 1e12, discount: 0 }).current).toBe(2e12);
    // 500 years at 99%, undiscounted: (1 − 0.99^500) / 0.01 = 99.3430...
    expect(computeUplift({ retention: 99, uplift: 0, margin: 1, years: 500, discount: 0 }).current).toBeCloseTo(valueByLoop(99, 1, 500, 0), 9);
  });

  it('the curve counts every year of a short horizon and ends at the totals', () => {
    const result = computeUplift(upliftDefaults);
    expect(result.curve.map((point) => point.year)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // After the first year, a customer has brought one year's margin, whatever the retention.
    expect(result.curve[0]?.current).toBeCloseTo(100, 12);
    expect(result.curve[0]?.raised).toBeCloseTo(100, 12);
    expect(result.curve.at(-1)).toEqual({ year: 10, current: result.current, raised: result.raised });
  });

  it('the curve of a long horizon has at most CURVE_POINTS years, spread evenly up to the last', () => {
    const { curve } = computeUplift({ ...upliftDefaults, years: 1000 });
    expect(curve).toHaveLength(CURVE_POINTS);
    expect(curve.map((point) => point.year)).toEqual(Array.from({ length: CURVE_POINTS }, (_, i) => (i + 1) * 10));
  });

  it('matches the sum year by year for every valid input over horizons a loop can take', () => {
    fc.assert(
      // The margin only scales V; a subnormal one (1e-323) would make the loop itself inexact.
      fc.property(inputs, fc.double({ min: 1e-3, max: 1e12, noNaN: true }), fc.integer({ min: 1, max: 300 }), (values, margin, years) => {
        const result = computeUplift({ ...values, margin, years });
        const raised = Math.min(values.retention + values.uplift, 100);
        return relativelyClose(result.current, valueByLoop(values.retention, margin, years, values.discount))
          && relativelyClose(result.raised, valueByLoop(raised, margin, years, values.discount));
      }),
      { numRuns: 500 },
    );
  });

  it('every output is a finite number for every valid input', () => {
    fc.assert(fc.property(inputs, (values) => cleanNumbers(computeUplift(values))));
  });

  it('more retention never lowers the value of a customer, and the increase is never negative', () => {
    const valueAt = (values: UpliftInputs, retention: number) => computeUplift({ ...values, retention, uplift: 0 }).current;
    fc.assert(
      fc.property(ordered(valid(upliftFields.retention)), inputs, ([low, high], values) =>
        valueAt(values, high) >= valueAt(values, low) && (computeUplift(values).increase ?? 0) >= 0),
      { numRuns: 2000 },
    );
  });
});
