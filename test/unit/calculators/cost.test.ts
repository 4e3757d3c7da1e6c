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
  saved: validOrEmpty(costFields.saved),
});

describe('cost', () => {
  it("the issue's example: customers=100&retain=20&multiple=5", () => {
    // Keep: 100 × 20 = 2,000. Replace: 2,000 × 5 = 10,000. Difference 8,000; ratio 5.
    const scenario = readQuery('customers=100&retain=20&multiple=5', costFields, costDefaults);
    expect(computeCost(scenario)).toEqual({ keep: 2000, replace: 10000, difference: 8000, ratio: 5, perSaved: null, perWon: 100 });
  });

  it('a cost to acquire sets the multiple', () => {
    // Keep: 10 × 4 = 40. Replace: 10 × 30 = 300. Multiple: 30 / 4 = 7.5, whatever multiple says.
    expect(computeCost({ customers: 10, retain: 4, multiple: 5, acquire: 30 })).toEqual({
      keep: 40,
      replace: 300,
      difference: 260,
      ratio: 7.5,
      perSaved: null,
      perWon: 30,
    });
    // 7 / 3 is not exact in binary, yet 3 customers at 7 to win cost exactly 21.
    expect(computeCost({ customers: 3, retain: 3, multiple: 5, acquire: 7 }).replace).toBe(21);
  });

  it("spreads the spend over the customers it really saved (the issue's example)", () => {
    // 100 × 20 = 2,000 spent; 4 kept who would have left: 500 each, against 20 × 5 = 100 to win one.
    const scenario = readQuery('customers=100&retain=20&multiple=5&saved=4', costFields, costDefaults);
    expect(computeCost(scenario)).toMatchObject({ keep: 2000, perSaved: 500, perWon: 100 });
  });

  it('the running case: $1.50 a customer mailed is $25 a customer saved, against $35 to win one', () => {
    // 1,000 × 1.50 = 1,500; 1,500 / 60 = 25.
    const scenario = readQuery('customers=1000&retain=1.5&saved=60&acquire=35', costFields, costDefaults);
    expect(computeCost(scenario)).toMatchObject({ keep: 1500, perSaved: 25, perWon: 35 });
  });

  it('no customers cost nothing either way', () => {
    expect(computeCost({ customers: 0, retain: 20, multiple: 25 })).toEqual({
      keep: 0,
      replace: 0,
      difference: 0,
      ratio: 25,
      perSaved: null,
      perWon: 500,
    });
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
      fc.property(
        ordered(valid(costFields.multiple)),
        inputs,
        ([low, high], values) =>
          computeCost({ ...values, acquire: undefined, multiple: high }).replace >=
          computeCost({ ...values, acquire: undefined, multiple: low }).replace,
      ),
    );
  });
});
