import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeSuccess, successDefaults, successFields } from '../../../src/calculators/success';
import { readQuery } from '../../../src/calculators/query';
import { cleanNumbers, ordered, valid } from './valid';

const inputs = fc.record({
  offers: valid(successFields.offers),
  target: valid(successFields.target),
  existing_low: valid(successFields.existing_low),
  existing_high: valid(successFields.existing_high),
  new_low: valid(successFields.new_low),
  new_high: valid(successFields.new_high),
});

describe('success', () => {
  it("the issue's example: offers=100&target=30 at the quoted rates", () => {
    // The link names the rates: the defaults are now the running case's own.
    const result = computeSuccess(
      readQuery('offers=100&target=30&existing_low=60&existing_high=70&new_low=5&new_high=20', successFields, successDefaults),
    );
    // Sales: 100 × 60% = 60 to 100 × 70% = 70; 100 × 5% = 5 to 100 × 20% = 20.
    expect(result.existing.sales).toEqual({ low: 60, high: 70 });
    expect(result.new.sales).toEqual({ low: 5, high: 20 });
    // Offers: 30 / 0.7 = 42.86, so 43, to 30 / 0.6 = 50 exactly (not 51); 30 / 0.2 = 150 to 30 / 0.05 = 600.
    expect(result.existing.offersNeeded).toEqual({ low: 43, high: 50 });
    expect(result.new.offersNeeded).toEqual({ low: 150, high: 600 });
  });

  it('the running case: 60 customers to gain from idle customers at 6-12%, or strangers at 0.5-1%', () => {
    const result = computeSuccess(
      readQuery('offers=1000&target=60&existing_low=6&existing_high=12&new_low=0.5&new_high=1', successFields, successDefaults),
    );
    // 1,000 × 6% = 60 to 1,000 × 12% = 120; 60 / 12% = 500 to 60 / 6% = 1,000 emails.
    expect(result.existing).toEqual({ sales: { low: 60, high: 120 }, offersNeeded: { low: 500, high: 1000 } });
    // 1,000 × 0.5% = 5 to 1,000 × 1% = 10; 60 / 1% = 6,000 to 60 / 0.5% = 12,000 people reached.
    expect(result.new).toEqual({ sales: { low: 5, high: 10 }, offersNeeded: { low: 6000, high: 12000 } });
  });

  it('rates given high before low are put in order', () => {
    const result = computeSuccess({ ...successDefaults, offers: 10, target: 3, new_low: 20, new_high: 5 });
    // 10 × 5% = 0.5 to 10 × 20% = 2 sales; 3 / 0.2 = 15 to 3 / 0.05 = 60 offers.
    expect(result.new).toEqual({ sales: { low: 0.5, high: 2 }, offersNeeded: { low: 15, high: 60 } });
  });

  it('a quotient a hair above a whole number from binary rounding does not ask for one more offer', () => {
    // 0.21 / 0.7% is 30 exactly, though 21 / 0.7 in binary is 30.000000000000004.
    const result = computeSuccess({ ...successDefaults, target: 0.21, existing_low: 0.7, existing_high: 0.7 });
    expect(result.existing.offersNeeded).toEqual({ low: 30, high: 30 });
  });

  it('every output is a finite number for every valid input', () => {
    fc.assert(fc.property(inputs, (values) => cleanNumbers(computeSuccess(values))));
  });

  it('offers needed are whole, and never fewer for a higher target', () => {
    fc.assert(
      fc.property(ordered(valid(successFields.target)), inputs, ([low, high], values) => {
        const a = computeSuccess({ ...values, target: low }).new.offersNeeded;
        const b = computeSuccess({ ...values, target: high }).new.offersNeeded;
        return Number.isInteger(a.low) && Number.isInteger(a.high) && b.low >= a.low && b.high >= a.high;
      }),
    );
  });

  it('more offers never mean fewer expected sales', () => {
    fc.assert(
      fc.property(ordered(valid(successFields.offers)), inputs, ([fewer, more], values) => {
        const a = computeSuccess({ ...values, offers: fewer }).existing.sales;
        const b = computeSuccess({ ...values, offers: more }).existing.sales;
        return b.low >= a.low && b.high >= a.high;
      }),
    );
  });
});
