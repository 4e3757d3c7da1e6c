import { describe, it, expect } from 'vitest';
import { uiStrings } from '../../src/i18n';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';
import { calculatorFields, calculatorIds } from '../../src/calculators/catalog';
import { calculatorText } from '../../src/components/calculator/strings';

const keys = Object.keys(uiStrings[defaultLocale]);

describe("calculator fields' strings", () => {
  it('label and explain only fields the calculators have', () => {
    const strays = keys.filter((key) => {
      const match = /^calc\.([^.]+)\.(field|hint)\.(.+)$/.exec(key);
      if (!match) return false;
      const [, id, , name] = match;
      const fields = calculatorFields[id as keyof typeof calculatorFields] as object | undefined;
      return !fields || !Object.hasOwn(fields, name!);
    });
    expect(strays).toEqual([]);
  });

  it('give a hint only to a labelled field', () => {
    const hints = keys.filter((key) => /^calc\.[^.]+\.hint\./.test(key));
    expect(hints.filter((hint) => !keys.includes(hint.replace('.hint.', '.field.')))).toEqual([]);
  });

  it.each(localeCodes)('reach each %s island by the field names', (locale) => {
    for (const id of calculatorIds) {
      const { fields } = calculatorText(locale, id);
      for (const [name, text] of Object.entries(fields) as [string, { label: string; hint?: string }][]) {
        expect(text.label).toBe(uiStrings[locale][`calc.${id}.field.${name}` as keyof (typeof uiStrings)['en']]);
      }
    }
    // Both campaigns' fields are labelled alike and hinted apart.
    const roi = calculatorText(locale, 'roi').fields;
    expect(roi.ret_rate.label).toBe(roi.acq_rate.label);
    expect(roi.ret_rate.hint).toBe(uiStrings[locale]['calc.roi.hint.ret_rate']);
    expect(roi.acq_rate.hint).toBe(uiStrings[locale]['calc.roi.hint.acq_rate']);
    expect(roi.ret_cost.hint).toBeUndefined();
  });
});
