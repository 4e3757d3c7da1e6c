import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readQuery, writeQuery } from '../../../src/calculators/query';
import { costDefaults, costFields } from '../../../src/calculators/cost';
import { clvDefaults, clvFields } from '../../../src/calculators/clv';
import { roiDefaults, roiFields } from '../../../src/calculators/roi';
import { valid, validOrEmpty } from './valid';

describe('readQuery', () => {
  it('reads a scenario in any digits, the same way as typed input', () => {
    expect(readQuery('?customers=%DB%B1%DB%B2%DB%B0&retain=12,5&multiple=7', costFields, costDefaults)).toEqual({
      customers: 120,
      retain: 12.5,
      multiple: 7,
      acquire: undefined,
    });
  });

  it('falls back to the default for a bad or hostile value', () => {
    const hostile = new URLSearchParams({
      customers: '<img src=x onerror=alert(1)>',
      retain: '-4',
      multiple: '1e99',
      acquire: 'javascript:alert(1)',
    }).toString();
    // Both links name parameters, so the optional ones they leave out are empty, not defaults.
    expect(readQuery(hostile, costFields, costDefaults)).toEqual({ ...costDefaults, saved: undefined });
    expect(readQuery('ret_rate=120&margin=&order=NaN&ret_cost=0', roiFields, roiDefaults)).toEqual({
      ...roiDefaults,
      ret_orders: undefined,
      acq_orders: undefined,
    });
  });

  it('gives the defaults when the query names none of the parameters', () => {
    expect(readQuery('', clvFields, clvDefaults)).toEqual(clvDefaults);
    expect(readQuery('utm_source=x', clvFields, clvDefaults)).toEqual(clvDefaults);
  });

  it('leaves an optional parameter empty when a link names others but not it', () => {
    expect(readQuery('order=60', clvFields, clvDefaults)).toEqual({ ...clvDefaults, order: 60, cac: undefined });
    expect(readQuery('order=60&cac=', clvFields, clvDefaults)).toEqual({ ...clvDefaults, order: 60, cac: undefined });
  });

  it('never throws on any query string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (search) => typeof readQuery(search, costFields, costDefaults) === 'object'));
  });
});

describe('writeQuery', () => {
  it("writes ASCII digits with a . in the values' order, leaving empty ones out", () => {
    expect(writeQuery({ customers: 120, retain: 12.5, multiple: 7, acquire: undefined })).toBe('customers=120&retain=12.5&multiple=7');
    expect(writeQuery({ b: 1, a: 2 })).toBe('b=1&a=2');
  });

  it('spells out what String() would write in exponent notation', () => {
    expect(writeQuery({ a: 1e-7, b: 1.5e-10, c: 1e21, d: 1e12 })).toBe(
      'a=0.0000001&b=0.00000000015&c=1000000000000000000000&d=1000000000000',
    );
  });

  it("round-trips every valid scenario exactly, in the fields' order", () => {
    const scenarios = fc.record({
      customers: valid(costFields.customers),
      retain: valid(costFields.retain),
      multiple: valid(costFields.multiple),
      acquire: validOrEmpty(costFields.acquire),
      saved: validOrEmpty(costFields.saved),
    });
    fc.assert(
      fc.property(scenarios, (values) => {
        const query = writeQuery(values);
        const back = readQuery(query, costFields, costDefaults);
        return (
          /^[a-z_]+=\d+(\.\d+)?(&[a-z_]+=\d+(\.\d+)?)*$/.test(query) &&
          JSON.stringify(Object.entries(back)) === JSON.stringify(Object.entries(values)) &&
          Object.keys(back).join() === Object.keys(costFields).join()
        );
      }),
      { numRuns: 500 },
    );
  });
});
