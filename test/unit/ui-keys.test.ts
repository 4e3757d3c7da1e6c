import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uiStrings } from '../../src/i18n';
import { defaultLocale } from '../../src/i18n/locales';
import { unusedKeys } from '../unused-keys';

const sources = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.endsWith('.json'))
  .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));

describe('UI string keys', () => {
  // Every locale has the same keys (i18n.test.ts), so the reference file speaks for all.
  it('are all used somewhere in src/', () => {
    expect(unusedKeys(Object.keys(uiStrings[defaultLocale]), sources)).toEqual([]);
  });
});

// The finder must itself tell a used key from an unused one.
describe('unusedKeys', () => {
  const keys = [
    'nav.lessons',
    'nav.home',
    'home.count_one',
    'home.count_other',
    'calc.cost.title',
    'calc.cost.field.retain',
    'calc.error.zero',
  ];

  it('finds a key nothing names', () => {
    expect(unusedKeys(keys, ["t('nav.lessons'); t(`calc.${id}.title`); pluralTemplates(locale, 'home.count');", "'calc.error.'"])).toEqual([
      'nav.home',
      'calc.cost.field.retain',
    ]);
  });

  it('counts a key as used by a literal, a prefix, or a template one segment per placeholder', () => {
    expect(unusedKeys(['calc.cost.field.retain'], ['t(`calc.${id}.field.${name}`)'])).toEqual([]);
    expect(unusedKeys(['calc.cost.field.retain'], ['t(`calc.${id}.${name}`)'])).toEqual(['calc.cost.field.retain']);
    expect(unusedKeys(['calc.cost.field.retain'], ['`calc.${id}.`'])).toEqual([]);
    expect(unusedKeys(['nav.home'], ['"nav.home"'])).toEqual([]);
  });

  it('takes no key from a template that does not start like one', () => {
    expect(unusedKeys(['nav.home'], ['`${digits}.${fraction}`', '`${file}.`'])).toEqual(['nav.home']);
  });
});
