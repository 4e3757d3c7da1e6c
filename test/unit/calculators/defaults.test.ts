import { describe, it, expect } from 'vitest';
import { readQuery } from '../../../src/calculators/query';
import { calculatorFields, calculatorIds, type CalculatorId } from '../../../src/calculators/catalog';
import { costDefaults } from '../../../src/calculators/cost';
import { roiDefaults } from '../../../src/calculators/roi';
import { successDefaults } from '../../../src/calculators/success';
import { clvDefaults } from '../../../src/calculators/clv';
import { upliftDefaults } from '../../../src/calculators/uplift';

/** The running case's presets, as the course plan gives them (Daybreak Roasters). */
const casePresets: Record<CalculatorId, string> = {
  cost: 'customers=1000&retain=1.5&multiple=5&acquire=35&saved=60',
  roi: 'ret_cost=1500&ret_reach=1000&ret_rate=6&acq_cost=3500&acq_reach=20000&acq_rate=0.5&order=28&margin=45&ret_orders=6&acq_orders=10.4',
  success: 'offers=1000&target=60&existing_low=6&existing_high=12&new_low=0.5&new_high=1',
  clv: 'order=28&frequency=4&years=2.6&margin=45&cac=35',
  uplift: 'retention=62&uplift=5&margin=50.4&years=10&discount=10',
};
const defaults = { cost: costDefaults, roi: roiDefaults, success: successDefaults, clv: clvDefaults, uplift: upliftDefaults };

describe('calculator defaults', () => {
  it.each(calculatorIds)('%s opens on the running case', (id) => {
    const fields = calculatorFields[id] as Record<string, { optional?: boolean }>;
    // A preset names every value it sets, so reading it with any defaults gives the case.
    expect(readQuery(casePresets[id], fields, {})).toEqual(defaults[id]);
  });
});
