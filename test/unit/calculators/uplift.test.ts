import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  computeUplift,
  CURVE_POINTS,
  MAX_RESULT,
  upliftDefaults,
  upliftFields,
  type UpliftInputs,
  type UpliftResult,
} from '../../../src/calculators/uplift';
import { readQuery } from '../../../src/calculators/query';
import { cleanNumbers, ordered, valid, validOrEmpty } from './valid';

/** V(r) by its definition, a year at a time: independent of the closed form under test. */
function valueByLoop(retentionPercent: number, margin: number, years: number, discountPercent: number, growthPercent = 0): number {
  let value = 0;
  for (let t = 0; t < years; t++) {
    value += (margin * (1 + growthPercent / 100) ** t * (retentionPercent / 100) ** t) / (1 + discountPercent / 100) ** t;
  }
  return value;
}

/** A scenario that does not depend on the calculator's defaults, which may change. */
const example: UpliftInputs = { retention: 80, uplift: 5, margin: 100, years: 10, discount: 10 };

/** The values of a result that has them; a test that expects numbers fails here if there are none. */
function computed(result: UpliftResult): { current: number; raised: number; increase: number | null } {
  if (result.current === null || result.raised === null) throw new Error('no result: the horizon was too long');
  return { current: result.current, raised: result.raised, increase: result.increase };
}

const inputs = fc.record({
  retention: valid(upliftFields.retention),
  uplift: valid(upliftFields.uplift),
  margin: valid(upliftFields.margin),
  years: valid(upliftFields.years),
  discount: valid(upliftFields.discount),
});
const withGrowth = fc.record({
  retention: valid(upliftFields.retention),
  uplift: valid(upliftFields.uplift),
  margin: valid(upliftFields.margin),
  years: valid(upliftFields.years),
  discount: valid(upliftFields.discount),
  growth: validOrEmpty(upliftFields.growth),
});

const relativelyClose = (a: number, b: number, tolerance = 1e-10) => Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));

describe('uplift', () => {
  it("the issue's example: 351.49, 406.60 and +15.7%", () => {
    const result = computed(
      computeUplift(readQuery('retention=80&uplift=5&margin=100&years=10&discount=10', upliftFields, upliftDefaults)),
    );
    // q = 0.80 / 1.10: 100 + 72.727 + 52.893 + 38.467 + 27.976 + 20.346 + 14.797 + 10.762 + 7.827 + 5.692 = 351.488
    // q = 0.85 / 1.10: 100 + 77.273 + 59.711 + 46.140 + 35.654 + 27.551 + 21.289 + 16.451 + 12.712 + 9.823 = 406.602
    // 406.602 / 351.488 = 1.1568: +15.7%.
    expect(result.current.toFixed(2)).toBe('351.49');
    expect(result.raised.toFixed(2)).toBe('406.60');
    expect(((result.increase ?? Number.NaN) * 100).toFixed(1)).toBe('15.7');
    expect(result.current).toBeCloseTo(valueByLoop(80, 100, 10, 10), 10);
    expect(result.raised).toBeCloseTo(valueByLoop(85, 100, 10, 10), 10);
    expect(computeUplift(example).raisedRetention).toBe(85);
  });

  it('raised retention stops at 100%', () => {
    // 98 + 5 is capped at 100: kept for sure, 10 a year for 3 undiscounted years is 30.
    // At 98%: 10 + 9.8 + 9.604 = 29.404.
    const result = computeUplift({ retention: 98, uplift: 5, margin: 10, years: 3, discount: 0 });
    expect(result.raisedRetention).toBe(100);
    expect(result.raised).toBe(30);
    expect(result.current).toBeCloseTo(29.404, 12);
  });

  it("with no retention a customer is worth one year's margin", () => {
    // Only t = 0 counts: 0^0 = 1, every later year 0.
    expect(computeUplift({ retention: 0, uplift: 0, margin: 70, years: 20, discount: 10 }).current).toBe(70);
  });

  it('a customer worth nothing, or a horizon under a year, has no relative increase', () => {
    expect(computeUplift({ retention: 50, uplift: 5, margin: 0, years: 5, discount: 10 }).increase).toBeNull();
    expect(computeUplift({ ...example, years: 0.5 })).toEqual({
      raisedRetention: 85,
      current: 0,
      raised: 0,
      increase: null,
      tooLong: false,
      curve: [],
    });
  });

  it('counts whole years, with no upper limit on the horizon', () => {
    expect(computeUplift({ ...example, years: 10.9 }).current).toBe(computeUplift(example).current);
    // Kept for sure and undiscounted, each year adds the full margin.
    expect(computeUplift({ retention: 100, uplift: 0, margin: 2, years: 1e12, discount: 0 }).current).toBe(2e12);
    // 500 years at 99%, undiscounted: (1 − 0.99^500) / 0.01 = 99.3430...
    expect(computeUplift({ retention: 99, uplift: 0, margin: 1, years: 500, discount: 0 }).current).toBeCloseTo(
      valueByLoop(99, 1, 500, 0),
      9,
    );
  });

  it('the curve counts every year of a short horizon and ends at the totals', () => {
    const result = computeUplift(example);
    expect(result.curve.map((point) => point.year)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // After the first year, a customer has brought one year's margin, whatever the retention.
    expect(result.curve[0]?.current).toBeCloseTo(100, 12);
    expect(result.curve[0]?.raised).toBeCloseTo(100, 12);
    expect(result.curve.at(-1)).toEqual({ year: 10, current: result.current, raised: result.raised });
  });

  it('the curve of a long horizon has at most CURVE_POINTS years, spread evenly up to the last', () => {
    const { curve } = computeUplift({ ...example, years: 1000 });
    expect(curve).toHaveLength(CURVE_POINTS);
    expect(curve.map((point) => point.year)).toEqual(Array.from({ length: CURVE_POINTS }, (_, i) => (i + 1) * 10));
  });

  it("profit that grows with tenure: the issue's example, 989.42 and 1,489.08, +50.5%", () => {
    const result = computed(
      computeUplift(readQuery('retention=90&uplift=5&margin=100&years=20&discount=8&growth=10', upliftFields, upliftDefaults)),
    );
    // Year t earns 100 × 1.1^t, kept with probability 0.9^t, discounted by 1.08^t:
    // q = 0.9 × 1.1 / 1.08 = 0.99 / 1.08 = 11/12. V = 100 × (1 − (11/12)^20) / (1/12)
    // = 1,200 × (1 − 0.175480) = 989.42.
    // Raised to 95%: q = 0.95 × 1.1 / 1.08 = 1.045 / 1.08 = 209/216, 1 − q = 7/216.
    // V = 100 × (216/7) × (1 − (209/216)^20) = 3,085.714 × (1 − 0.517429) = 1,489.08.
    // 1,489.08 / 989.42 = 1.50499: +50.5%.
    expect(result.current.toFixed(2)).toBe('989.42');
    expect(result.raised.toFixed(2)).toBe('1489.08');
    expect(((result.increase ?? Number.NaN) * 100).toFixed(1)).toBe('50.5');
    expect(result.current).toBeCloseTo(valueByLoop(90, 100, 20, 8, 10), 9);
    expect(result.raised).toBeCloseTo(valueByLoop(95, 100, 20, 8, 10), 9);
  });

  it('without growth, the same scenario gives what it gave before growth existed: 584.35, 766.87, +31.2%', () => {
    const old = 'retention=90&uplift=5&margin=100&years=20&discount=8';
    // q = 0.9 / 1.08 = 5/6: V = 100 × (1 − (5/6)^20) / (1/6) = 600 × (1 − 0.026084) = 584.35.
    // q = 0.95 / 1.08 = 95/108, 1 − q = 13/108: V = 100 × (108/13) × (1 − 0.076913) = 766.87.
    // 766.87 / 584.35 = 1.31235: +31.2%.
    const result = computed(computeUplift(readQuery(old, upliftFields, upliftDefaults)));
    expect(result.current.toFixed(2)).toBe('584.35');
    expect(result.raised.toFixed(2)).toBe('766.87');
    expect(((result.increase ?? Number.NaN) * 100).toFixed(1)).toBe('31.2');
    // An empty growth, or 0, is no growth at all, to the last bit.
    expect(computeUplift(readQuery(`${old}&growth=`, upliftFields, upliftDefaults))).toEqual(
      computeUplift(readQuery(old, upliftFields, upliftDefaults)),
    );
    expect(computeUplift(readQuery(`${old}&growth=0`, upliftFields, upliftDefaults))).toEqual(
      computeUplift(readQuery(old, upliftFields, upliftDefaults)),
    );
  });

  it('growth that outruns churn and discounting adds up past any number: too long a horizon, no result', () => {
    // 95% kept and 20% growth: q = 0.95 × 1.2 = 1.14 a year undiscounted. Over 5,000 years
    // the sum is about 1.14^5,000 / 0.14 ≈ 10^285: finite in floating point, past MAX_RESULT.
    const long = computeUplift({ retention: 95, uplift: 5, margin: 100, years: 5000, discount: 0, growth: 20 });
    expect(long).toEqual({ raisedRetention: 100, current: null, raised: null, increase: null, tooLong: true, curve: [] });
    // 100% kept, growth 100%: q = 2, and 2^1,100 is past the largest double (about 2^1,024).
    expect(computeUplift({ retention: 100, uplift: 0, margin: 1, years: 1100, discount: 0, growth: 100 }).tooLong).toBe(true);
    // A margin of 0 times a sum past any number is no number either (0 × Infinity).
    expect(computeUplift({ retention: 100, uplift: 0, margin: 0, years: 1e12, discount: 0, growth: 50 }).tooLong).toBe(true);
    // The same growth over a short horizon is a plain result: 2 years at q = 1.14 and 1.2:
    // 100 + 114 = 214, and 100 + 120 = 220.
    const short = computed(computeUplift({ retention: 95, uplift: 5, margin: 100, years: 2, discount: 0, growth: 20 }));
    expect(short.current).toBeCloseTo(214, 10);
    expect(short.raised).toBeCloseTo(220, 10);
  });

  it('growth slower than churn and discounting converges, however long the horizon', () => {
    // q = 0.5 × 1.1 / 1.1 = 0.5: V tends to 100 / (1 − 0.5) = 200.
    expect(computed(computeUplift({ retention: 50, uplift: 0, margin: 100, years: 1e12, discount: 10, growth: 10 })).current).toBeCloseTo(
      200,
      9,
    );
  });

  it('without growth a result is never too long to compute, for every valid input', () => {
    fc.assert(fc.property(inputs, (values) => !computeUplift(values).tooLong && !computeUplift({ ...values, growth: 0 }).tooLong));
  });

  it('with growth every output is a finite number, or no result at all, and never past MAX_RESULT', () => {
    fc.assert(
      fc.property(withGrowth, (values) => {
        const result = computeUplift(values);
        const none = result.current === null && result.raised === null && result.increase === null && result.curve.length === 0;
        const within = (value: number | null) => value !== null && value <= MAX_RESULT;
        return cleanNumbers(result) && (result.tooLong ? none : within(result.current) && within(result.raised));
      }),
      { numRuns: 2000 },
    );
  });

  it('with growth, matches the sum year by year over horizons a loop can take', () => {
    fc.assert(
      fc.property(
        withGrowth,
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (values, margin, years) => {
          const result = computeUplift({ ...values, margin, years });
          if (result.tooLong) return true;
          const raised = Math.min(values.retention + values.uplift, 100);
          // Looser than without growth: the loop itself rounds a little at each of its powers.
          return (
            relativelyClose(
              result.current ?? Number.NaN,
              valueByLoop(values.retention, margin, years, values.discount, values.growth),
              1e-9,
            ) && relativelyClose(result.raised ?? Number.NaN, valueByLoop(raised, margin, years, values.discount, values.growth), 1e-9)
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('more growth never lowers the value of a customer', () => {
    fc.assert(
      fc.property(ordered(valid(upliftFields.growth)), inputs, fc.integer({ min: 1, max: 60 }), ([low, high], values, years) => {
        const a = computeUplift({ ...values, years, growth: low });
        const b = computeUplift({ ...values, years, growth: high });
        return b.tooLong || a.tooLong || (b.current ?? 0) >= (a.current ?? 0) * (1 - 1e-12);
      }),
    );
  });

  it('matches the sum year by year for every valid input over horizons a loop can take', () => {
    fc.assert(
      // The margin only scales V; a subnormal one (1e-323) would make the loop itself inexact.
      fc.property(inputs, fc.double({ min: 1e-3, max: 1e12, noNaN: true }), fc.integer({ min: 1, max: 300 }), (values, margin, years) => {
        const result = computed(computeUplift({ ...values, margin, years }));
        const raised = Math.min(values.retention + values.uplift, 100);
        return (
          relativelyClose(result.current, valueByLoop(values.retention, margin, years, values.discount)) &&
          relativelyClose(result.raised, valueByLoop(raised, margin, years, values.discount))
        );
      }),
      { numRuns: 500 },
    );
  });

  it('every output is a finite number for every valid input', () => {
    fc.assert(fc.property(inputs, (values) => cleanNumbers(computeUplift(values))));
  });

  it('more retention never lowers the value of a customer, and the increase is never negative', () => {
    const valueAt = (values: UpliftInputs, retention: number) => computed(computeUplift({ ...values, retention, uplift: 0 })).current;
    fc.assert(
      fc.property(
        ordered(valid(upliftFields.retention)),
        inputs,
        ([low, high], values) => valueAt(values, high) >= valueAt(values, low) && (computeUplift(values).increase ?? 0) >= 0,
      ),
      { numRuns: 2000 },
    );
  });
});
