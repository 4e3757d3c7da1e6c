import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeRoi, roiDefaults, roiFields } from '../../../src/calculators/roi';
import { readQuery } from '../../../src/calculators/query';
import { cleanNumbers, ordered, valid } from './valid';

const inputs = fc.record({
  ret_cost: valid(roiFields.ret_cost),
  ret_reach: valid(roiFields.ret_reach),
  ret_rate: valid(roiFields.ret_rate),
  acq_cost: valid(roiFields.acq_cost),
  acq_reach: valid(roiFields.acq_reach),
  acq_rate: valid(roiFields.acq_rate),
  order: valid(roiFields.order),
  margin: valid(roiFields.margin),
  ret_orders: fc.option(valid(roiFields.ret_orders), { nil: undefined }),
  acq_orders: fc.option(valid(roiFields.acq_orders), { nil: undefined }),
});

describe('roi', () => {
  it("the issue's example: 30% for retention, -75% for acquisition", () => {
    const query = 'ret_cost=1000&ret_reach=100&ret_rate=65&acq_cost=1000&acq_reach=100&acq_rate=12.5&order=50&margin=40';
    const { retention, acquisition } = computeRoi(readQuery(query, roiFields, roiDefaults));
    // Retention: 100 × 65% = 65 sales; 65 × 50 × 40% = 1,300 gross profit; 1,300 − 1,000 = 300; 300 / 1,000 = 0.30.
    // 1,000 / 65 customers ≈ 15.4 each, less than one order's 20 of margin: repaid by the first order.
    expect(retention).toEqual({ sales: 65, profit: 300, roi: 0.3, payback: 1 });
    // Acquisition: 100 × 12.5% = 12.5 sales; 12.5 × 50 × 40% = 250; 250 − 1,000 = −750; −750 / 1,000 = −0.75.
    // 1,000 / 12.5 = 80 per customer won, 4 orders of 20 margin.
    expect(acquisition).toEqual({ sales: 12.5, profit: -750, roi: -0.75, payback: 4 });
  });

  it('a campaign that sells nothing loses all it cost', () => {
    // 0 sales: profit −500, ROI −500 / 500 = −1.
    expect(computeRoi({ ...roiDefaults, acq_cost: 500, acq_rate: 0 }).acquisition).toEqual({
      sales: 0,
      profit: -500,
      roi: -1,
      payback: null,
    });
  });

  it('a campaign that just pays for itself has an ROI of 0', () => {
    // 200 reached × 10% = 20 sales × 25 × 50% = 250 gross profit, the campaign's cost.
    const { retention } = computeRoi({ ...roiDefaults, ret_cost: 250, ret_reach: 200, ret_rate: 10, order: 25, margin: 50, ret_orders: 1 });
    // 250 / 20 = 12.5 per customer, exactly one order's margin.
    expect(retention).toEqual({ sales: 20, profit: 0, roi: 0, payback: 1 });
    expect(Object.is(retention.roi, 0)).toBe(true);
  });

  it("counts the orders a kept or won customer places over their life (the issue's example)", () => {
    const query = 'ret_cost=2000&ret_reach=400&ret_rate=60&acq_cost=2000&acq_reach=400&acq_rate=20&order=25&margin=50&acq_orders=5';
    const { retention, acquisition } = computeRoi(readQuery(query, roiFields, roiDefaults));
    // Retention, one order: 240 × 25 × 50% = 3,000 − 2,000 = 1,000 → +50%; 2,000 / 240 ≈ 8.3 < 12.5: 1 order.
    expect(retention).toEqual({ sales: 240, profit: 1000, roi: 0.5, payback: 1 });
    // Acquisition: 80 customers × 5 orders × 12.5 = 5,000 − 2,000 = 3,000 → +150%; 2,000 / 80 = 25 = 2 orders.
    expect(acquisition).toEqual({ sales: 80, profit: 3000, roi: 1.5, payback: 2 });
  });

  it("puts the running case's two campaigns on the same footing", () => {
    const query =
      'ret_cost=1500&ret_reach=1000&ret_rate=6&acq_cost=3500&acq_reach=20000&acq_rate=0.5&order=28&margin=45&ret_orders=6&acq_orders=10.4';
    const { retention, acquisition } = computeRoi(readQuery(query, roiFields, roiDefaults));
    // 60 saved × 6 orders × 12.60 = 4,536 − 1,500 = 3,036 → +202.4%; 25 / 12.60 = 1.98: 2 orders.
    expect(retention.sales).toBe(60);
    expect(retention.profit).toBeCloseTo(3036, 9);
    expect(retention.roi).toBeCloseTo(2.024, 12);
    expect(retention.payback).toBe(2);
    // 100 won × 10.4 × 12.60 = 13,104 − 3,500 = 9,604 → +274.4%; 35 / 12.60 = 2.78: 3 orders.
    expect(acquisition.sales).toBe(100);
    expect(acquisition.profit).toBeCloseTo(9604, 9);
    expect(acquisition.roi).toBeCloseTo(2.744, 12);
    expect(acquisition.payback).toBe(3);
  });

  it('reads a link without the lifetime fields as one order, as before they existed', () => {
    const old = 'ret_cost=1000&ret_reach=100&ret_rate=65&acq_cost=1000&acq_reach=100&acq_rate=12.5&order=50&margin=40';
    const withOne = `${old}&ret_orders=1&acq_orders=1`;
    expect(computeRoi(readQuery(old, roiFields, roiDefaults))).toEqual(computeRoi(readQuery(withOne, roiFields, roiDefaults)));
  });

  it('every output is a finite number for every valid input', () => {
    fc.assert(fc.property(inputs, (values) => cleanNumbers(computeRoi(values))));
  });

  it("a higher success rate never lowers a campaign's profit or ROI", () => {
    fc.assert(
      fc.property(ordered(valid(roiFields.ret_rate)), inputs, ([low, high], values) => {
        const a = computeRoi({ ...values, ret_rate: low, acq_rate: low });
        const b = computeRoi({ ...values, ret_rate: high, acq_rate: high });
        return b.retention.profit >= a.retention.profit && b.acquisition.roi >= a.acquisition.roi;
      }),
    );
  });
});
