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
});

describe('roi', () => {
  it('the issue\'s example: 30% for retention, -75% for acquisition', () => {
    const query = 'ret_cost=1000&ret_reach=100&ret_rate=65&acq_cost=1000&acq_reach=100&acq_rate=12.5&order=50&margin=40';
    const { retention, acquisition } = computeRoi(readQuery(query, roiFields, roiDefaults));
    // Retention: 100 × 65% = 65 sales; 65 × 50 × 40% = 1,300 gross profit; 1,300 − 1,000 = 300; 300 / 1,000 = 0.30.
    expect(retention).toEqual({ sales: 65, profit: 300, roi: 0.3 });
    // Acquisition: 100 × 12.5% = 12.5 sales; 12.5 × 50 × 40% = 250; 250 − 1,000 = −750; −750 / 1,000 = −0.75.
    expect(acquisition).toEqual({ sales: 12.5, profit: -750, roi: -0.75 });
  });

  it('a campaign that sells nothing loses all it cost', () => {
    // 0 sales: profit −500, ROI −500 / 500 = −1.
    expect(computeRoi({ ...roiDefaults, acq_cost: 500, acq_rate: 0 }).acquisition).toEqual({ sales: 0, profit: -500, roi: -1 });
  });

  it('a campaign that just pays for itself has an ROI of 0', () => {
    // 200 reached × 10% = 20 sales × 25 × 50% = 250 gross profit, the campaign's cost.
    const { retention } = computeRoi({ ...roiDefaults, ret_cost: 250, ret_reach: 200, ret_rate: 10, order: 25, margin: 50 });
    expect(retention).toEqual({ sales: 20, profit: 0, roi: 0 });
    expect(Object.is(retention.roi, 0)).toBe(true);
  });

  it('every output is a finite number for every valid input', () => {
    fc.assert(fc.property(inputs, (values) => cleanNumbers(computeRoi(values))));
  });

  it('a higher success rate never lowers a campaign\'s profit or ROI', () => {
    fc.assert(
      fc.property(ordered(valid(roiFields.ret_rate)), inputs, ([low, high], values) => {
        const a = computeRoi({ ...values, ret_rate: low, acq_rate: low });
        const b = computeRoi({ ...values, ret_rate: high, acq_rate: high });
        return b.retention.profit >= a.retention.profit && b.acquisition.roi >= a.acquisition.roi;
      }),
    );
  });
});
