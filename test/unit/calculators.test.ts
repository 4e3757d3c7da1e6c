import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeCost, costDefaults } from '../../src/calculators/cost';
import { computeRoi, roiDefaults, roiFields } from '../../src/calculators/roi';
import { computeSuccess, successDefaults } from '../../src/calculators/success';
import { computeClv, readRatio } from '../../src/calculators/clv';
import { computeUplift, customerValue } from '../../src/calculators/uplift';
import { readQuery, writeQuery } from '../../src/calculators/query';
import { costFields } from '../../src/calculators/cost';
import { clvFields, clvDefaults } from '../../src/calculators/clv';
import { MAX_VALUE } from '../../src/calculators/fields';

const fromQuery = <F extends Record<string, any>>(query: string, fields: F, defaults: any) => readQuery(query, fields, defaults) as any;

describe('the examples of the calculators issue', () => {
  it('cost: 100 customers at 20 each, five times to replace', () => {
    const result = computeCost(fromQuery('customers=100&retain=20&multiple=5', costFields, costDefaults));
    expect(result).toEqual({ keep: 2000, replace: 10000, difference: 8000, ratio: 5 });
  });

  it('roi: 30% for retention, -75% for acquisition', () => {
    const query = 'ret_cost=1000&ret_reach=100&ret_rate=65&acq_cost=1000&acq_reach=100&acq_rate=12.5&order=50&margin=40';
    const { retention, acquisition } = computeRoi(fromQuery(query, roiFields, roiDefaults));
    // 100 × 65% = 65 sales × 50 × 40% = 1300 profit before cost; 1300 − 1000 = 300; 300 / 1000.
    expect(retention.roi).toBeCloseTo(0.3, 12);
    // 100 × 12.5% = 12.5 sales × 50 × 40% = 250; 250 − 1000 = −750; −750 / 1000.
    expect(acquisition.roi).toBeCloseTo(-0.75, 12);
  });

  it('success: 60-70 and 5-20 sales; 43-50 and 150-600 offers', () => {
    const { existing, new: fresh } = computeSuccess({ ...successDefaults, offers: 100, target: 30 });
    expect(existing.sales).toEqual({ low: 60, high: 70 });
    expect(fresh.sales).toEqual({ low: 5, high: 20 });
    // 30 / 0.7 = 42.9 → 43; 30 / 0.6 = 50; 30 / 0.2 = 150; 30 / 0.05 = 600.
    expect(existing.offersNeeded).toEqual({ low: 43, high: 50 });
    expect(fresh.offersNeeded).toEqual({ low: 150, high: 600 });
  });

  it('clv: 240, three times the acquisition cost', () => {
    const result = computeClv(fromQuery('order=50&frequency=4&years=3&margin=40&cac=80', clvFields, clvDefaults));
    expect(result.clv).toBeCloseTo(240, 10); // 50 × 4 × 3 × 40%
    expect(result.ratio).toBeCloseTo(3, 10); // 240 / 80
    expect(result.reading).toBe('healthy');
  });

  it('uplift: 351.49, 406.60 and +15.7%', () => {
    const result = computeUplift({ retention: 80, uplift: 5, margin: 100, years: 10, discount: 10 });
    // A geometric series: 100 × (1 − q¹⁰) / (1 − q) with q = r / 1.1.
    const series = (r: number) => (100 * (1 - (r / 1.1) ** 10)) / (1 - r / 1.1);
    expect(result.current).toBeCloseTo(series(0.8), 9);
    expect(result.raised).toBeCloseTo(series(0.85), 9);
    expect(result.current.toFixed(2)).toBe('351.49');
    expect(result.raised.toFixed(2)).toBe('406.60');
    expect((result.increase! * 100).toFixed(1)).toBe('15.7');
  });
});

describe('hand-worked cases', () => {
  it('cost: a given acquisition cost sets the multiple', () => {
    expect(computeCost({ customers: 10, retain: 4, multiple: 5, acquire: 30 })).toEqual({ keep: 40, replace: 300, difference: 260, ratio: 7.5 });
  });

  it('clv: no CAC, no ratio', () => {
    expect(computeClv({ order: 10, frequency: 1, years: 1, margin: 50 })).toEqual({ clv: 5, ratio: null, reading: null });
    expect([0.5, 2, 3, 8].map(readRatio)).toEqual(['loss', 'thin', 'healthy', 'underinvesting']);
  });

  it('uplift: retention cannot rise past 100%', () => {
    const result = computeUplift({ retention: 98, uplift: 5, margin: 10, years: 3, discount: 0 });
    expect(result.raisedRetention).toBe(100);
    expect(result.raised).toBe(30);
    expect(result.current).toBeCloseTo(10 + 9.8 + 9.604, 10);
    expect(result.curve.map((p) => p.year)).toEqual([1, 2, 3]);
  });

  it('uplift: a customer worth nothing has no relative increase', () => {
    expect(computeUplift({ retention: 50, uplift: 5, margin: 0, years: 5, discount: 10 }).increase).toBeNull();
  });
});

const money = fc.double({ min: 0, max: MAX_VALUE, noNaN: true });
const positiveMoney = fc.double({ min: 0.01, max: MAX_VALUE, noNaN: true });
const percent = fc.double({ min: 0, max: 100, noNaN: true });
const positivePercent = fc.double({ min: 0.01, max: 100, noNaN: true });
// Every number in a result, however nested, is finite (labels such as 'healthy' aside).
const allFinite = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' || value === null || Object.values(value as object).every(allFinite);

describe('properties over every valid input', () => {
  it('every output is finite', () => {
    fc.assert(fc.property(money, positiveMoney, money, fc.option(money, { nil: undefined }), (customers, retain, multiple, acquire) =>
      allFinite(computeCost({ customers, retain, multiple, acquire }))));
    fc.assert(fc.property(positiveMoney, money, percent, money, percent, (cost, reach, rate, order, margin) =>
      allFinite(computeRoi({ ret_cost: cost, ret_reach: reach, ret_rate: rate, acq_cost: cost, acq_reach: reach, acq_rate: rate, order, margin }))));
    fc.assert(fc.property(money, money, positivePercent, positivePercent, (offers, target, low, high) =>
      allFinite(computeSuccess({ offers, target, existing_low: low, existing_high: high, new_low: low, new_high: high }))));
    fc.assert(fc.property(money, money, money, percent, fc.option(positiveMoney, { nil: undefined }), (order, frequency, years, margin, cac) =>
      allFinite(computeClv({ order, frequency, years, margin, cac }))));
    fc.assert(fc.property(percent, percent, money, fc.double({ min: 1, max: MAX_VALUE, noNaN: true }), percent, (retention, uplift, margin, years, discount) =>
      allFinite(computeUplift({ retention, uplift, margin, years, discount }))));
  });

  it('more retention never lowers the value of a customer', () => {
    fc.assert(fc.property(percent, percent, fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 50 }), percent, (a, b, margin, years, discount) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      return customerValue(high / 100, margin, years, discount / 100) >= customerValue(low / 100, margin, years, discount / 100);
    }));
  });

  it('more customers never lower the cost of keeping or replacing them', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0.01, max: 1e6, noNaN: true }), (a, b, retain) => {
      const [fewer, more] = a <= b ? [a, b] : [b, a];
      const x = computeCost({ customers: fewer, retain, multiple: 5 });
      const y = computeCost({ customers: more, retain, multiple: 5 });
      return y.keep >= x.keep && y.replace >= x.replace;
    }));
  });

  it('a higher success rate never lowers a campaign\'s profit', () => {
    fc.assert(fc.property(percent, percent, (a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const at = (rate: number) => computeRoi({ ...roiDefaults, ret_rate: rate }).retention.profit;
      return at(high) >= at(low);
    }));
  });
});

describe('query strings', () => {
  it('round-trip a scenario', () => {
    const values = { customers: 120, retain: 12.5, multiple: 7, acquire: undefined };
    expect(writeQuery(values)).toBe('customers=120&retain=12.5&multiple=7');
    expect(readQuery(writeQuery(values), costFields, costDefaults)).toEqual(values);
  });

  it('fall back to the default for a bad or hostile value', () => {
    expect(readQuery('customers=<script>alert(1)</script>&retain=-4&multiple=1e99', costFields, costDefaults)).toEqual({
      customers: 100, retain: 20, multiple: 5, acquire: undefined,
    });
  });

  it('give the defaults when the query names none of the parameters', () => {
    expect(readQuery('utm_source=x', clvFields, clvDefaults)).toEqual(clvDefaults);
    expect(readQuery('order=60', clvFields, clvDefaults)).toEqual({ ...clvDefaults, order: 60, cac: undefined });
  });
});
