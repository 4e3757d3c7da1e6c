import { describe, it, expect } from 'vitest';
import { uiStrings, useTranslations } from '../../src/i18n';
import { localeCodes, locales } from '../../src/i18n/locales';
import { formatNumber } from '../../src/i18n/numbers';
import { toLatinDigits } from '../../src/i18n/digits';
import { switchLocale, localizedPath } from '../../src/i18n/paths';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(pluralSuffix, '');

describe('UI strings', () => {
  const keySets = localeCodes.map((code) => new Set(Object.keys(uiStrings[code]).map(baseKey)));

  it.each(localeCodes)('%s has exactly the keys every other locale has', (code) => {
    const own = new Set(Object.keys(uiStrings[code]).map(baseKey));
    for (const other of keySets) expect([...own].sort()).toEqual([...other].sort());
  });

  it.each(localeCodes)('%s has no empty value', (code) => {
    const empty = Object.entries(uiStrings[code]).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(localeCodes)('%s has every plural form its language needs for every counted string', (code) => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    const keys = Object.keys(uiStrings[code]);
    const counted = new Set(keys.filter((key) => pluralSuffix.test(key)).map(baseKey));
    // A counted string in any locale is counted in all of them.
    for (const other of localeCodes) {
      for (const key of Object.keys(uiStrings[other])) if (pluralSuffix.test(key)) counted.add(baseKey(key));
    }
    const missing = [...counted].flatMap((key) =>
      categories.filter((category) => !keys.includes(`${key}_${category}`)).map((category) => `${key}_${category}`),
    );
    expect(missing).toEqual([]);
  });

  it('Arabic counts use all six plural forms', () => {
    const t = useTranslations('ar');
    expect(t('home.lessonCount', { count: 0 })).toBe('لا دروس');
    expect(t('home.lessonCount', { count: 1 })).toBe('درس واحد');
    expect(t('home.lessonCount', { count: 2 })).toBe('درسان');
    expect(t('home.lessonCount', { count: 3 })).toBe('٣ دروس');
    expect(t('home.lessonCount', { count: 11 })).toBe('١١ درسًا');
    expect(t('home.lessonCount', { count: 100 })).toBe('١٠٠ درس');
  });

  it('counts are written in the locale digits', () => {
    expect(useTranslations('fa')('home.lessonCount', { count: 10 })).toBe('۱۰ درس');
    expect(useTranslations('en')('home.lessonCount', { count: 10 })).toBe('10 lessons');
  });
});

describe('numbers', () => {
  it("format in each locale's own digits and grouping", () => {
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('ar', 1234567.5)).toBe('١٬٢٣٤٬٥٦٧٫٥');
    expect(formatNumber('fa', 1234567.5)).toBe('۱٬۲۳۴٬۵۶۷٫۵');
  });

  it('never print negative zero', () => {
    expect(formatNumber('en', -0)).toBe('0');
    expect(formatNumber('fa', -0)).toBe('۰');
  });

  it('read back from any digit set', () => {
    expect(toLatinDigits('۱۲۳٤٥٦ and ٧٨٩0')).toBe('123456 and 7890');
  });
});

describe('the locale table', () => {
  it('puts the right-to-left languages right to left', () => {
    expect(localeCodes.filter((code) => locales[code].dir === 'rtl').sort()).toEqual(['ar', 'fa']);
  });
});

describe('paths', () => {
  it('switch a page to another language keeping the rest of the path', () => {
    expect(switchLocale('/ar/lessons/what-each-costs/', 'fa')).toBe('/fa/lessons/what-each-costs/');
    expect(switchLocale('/en/', 'ar')).toBe('/ar/');
    expect(localizedPath('fa', 'glossary/')).toBe('/fa/glossary/');
  });
});

describe('percentages', () => {
  it('use the locale digits (figures in calculators: formatters.test.ts)', async () => {
    const { formatPercent } = await import('../../src/i18n/numbers');
    expect(formatPercent('en', 0.3)).toBe('30%');
    expect(formatPercent('en', -0.75)).toBe('-75%');
    expect(formatPercent('ar', 0.157)).toMatch(/^١٥٫٧/);
    expect(formatPercent('fa', 0.157)).toMatch(/۱۵٫۷/);
  });
});
