import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeCost, costDefaults, costFields } from '../../../src/calculators/cost';
import { readQuery } from '../../../src/calculators/query';
import { cleanNumbers, ordered, valid, validOrEmpty } from './valid';

const inputs = fc.record({
  customers: valid(costFields.customers),
  retain: valid(costFields.retain),
  multiple: valid(costFields.multiple),
  acquire: validOrEmpty(costFields.acquire),
});

describe('cost', () => {
  it('the issue\'s example: customers=100&retain=20&multiple=5', () => {
    // Keep: 100 × 20 = 2,000. Replace: 2,000 × 5 = 10,000. Difference 8,000; ratio 5.
    const scenario = readQuery('customers=100&retain=20&multiple=5', costFields, costDefaults);
    expect(computeCost(scenario)).toEqual({ keep: 2000, replace: 10000, difference: 8000, ratio: 5 });
  });

  it('a cost to acquire sets the multiple', () => {
    // Keep: 10 × 4 = 40. Replace: 10 × 30 = 300. Multiple: 30 / 4 = 7.5, whatever multiple says.
    expect(computeCost({ customers: 10, retain: 4, multiple: 5, acquire: 30 })).toEqual({ keep: 40, replace: 300, difference: 260, ratio: 7.5 });
    // 7 / 3 is not exact in binary, yet 3 customers at 7 to win cost exactly 21.
    expect(computeCost({ customers: 3, retain: 3, multiple: 5, acquire: 7 }).replace).toBe(21);
  });

  it('no customers cost nothing either way', () => {
    expect(computeCost({ customers: 0, retain: 20, multiple: 25 })).toEqual({ keep: 0, replace: 0, difference: 0, ratio: 25 });
  });

  it('every output is a finite number for every valid input', () => {
    fc.assert(fc.property(inputs, (values) => cleanNumbers(computeCost(values))));
  });

  it('more customers never lower the cost of keeping or of replacing them', () => {
    fc.assert(
      fc.property(ordered(valid(costFields.customers)), inputs, ([fewer, more], values) => {
        const a = computeCost({ ...values, customers: fewer });
        const b = computeCost({ ...values, customers: more });
        return b.keep >= a.keep && b.replace >= a.replace;
      }),
    );
  });

  it('a higher multiple never lowers the cost of replacing', () => {
    fc.assert(
      fc.property(ordered(valid(costFields.multiple)), inputs, ([low, high], values) =>
        computeCost({ ...values, acquire: undefined, multiple: high }).replace >= computeCost({ ...values, acquire: undefined, multiple: low }).replace),
    );
  });
});
