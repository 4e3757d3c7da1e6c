import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { foldForIndex } from '../../src/search/fold';
import { unfold, unfoldExcerpt, unfoldingsOf } from '../../src/search/unfold';

const ZWNJ = '\u200C';

describe('unfoldingsOf', () => {
  it('keeps the Persian spellings that folding drops', () => {
    expect(unfoldingsOf([`آموزش کسب${ZWNJ}وکار`, `می${ZWNJ}شود.`], 'fa')).toEqual({
      'اموزش': 'آموزش',
      'کسب وکار کسبوکار': `کسب${ZWNJ}وکار`,
      'می شود میشود': `می${ZWNJ}شود`,
    });
  });

  it('keeps the Arabic spellings folding drops from an English page', () => {
    expect(unfoldingsOf(['Customer retention (الاحتفاظ بالعملاء), cost (تكلفة)'], 'en')).toEqual({
      'تکلفه': 'تكلفة',
    });
  });

  it('takes the spelling the text uses most', () => {
    expect(unfoldingsOf(['آمادهٔ آمادهٔ، آماده'], 'fa')).toEqual({ 'اماده': 'آمادهٔ' });
  });

  it('adds nothing for a folded word the text also writes as it is', () => {
    expect(unfoldingsOf(['هزینهٔ هزینهٔ هزینه', 'مرحلة مرحله'], 'fa')).toEqual({});
  });

  it('leaves the punctuation around a word out of it', () => {
    expect(unfoldingsOf(['«آموزش،»'], 'fa')).toEqual({ 'اموزش': 'آموزش' });
  });
});

describe('unfold and unfoldExcerpt', () => {
  const persian = {
    'کسب وکار کسبوکار': `کسب${ZWNJ}وکار`,
    'می شود میشود': `می${ZWNJ}شود`,
    'مشتری ها مشتریها': `مشتری${ZWNJ}ها`,
    'اموزش': 'آموزش',
  };

  it('gives a title back its spelling', () => {
    expect(unfold('اموزش کسب وکار کسبوکار', persian)).toBe(`آموزش کسب${ZWNJ}وکار`);
    expect(unfold('ادارة العملاء', { 'ادارة': 'إدارة' })).toBe('إدارة العملاء');
  });

  it('makes a compound one word again, highlighted if any of its parts was', () => {
    expect(unfoldExcerpt('در <mark>کسب</mark> وکار کسبوکار شما می شود میشود.', persian)).toBe(
      `در <mark>کسب${ZWNJ}وکار</mark> شما می${ZWNJ}شود.`,
    );
    expect(unfoldExcerpt('<mark>«اموزش،»</mark> ما', persian)).toBe('<mark>«آموزش،»</mark> ما');
  });

  it('drops the part of a compound an excerpt was cut in, unless it holds the match', () => {
    expect(unfoldExcerpt('ها مشتریها را اموزش دهید و مشتری ها', persian)).toBe('را آموزش دهید و');
    expect(unfoldExcerpt('مشتریها را اموزش دهید و مشتری ها مشتریها', persian)).toBe(
      `را آموزش دهید و مشتری${ZWNJ}ها`,
    );
    expect(unfoldExcerpt('<mark>مشتریها</mark> را', persian)).toBe('<mark>مشتریها</mark> را');
  });

  it('reads only the page\'s own words, never what every object has', () => {
    expect(unfoldingsOf(['constructor __proto__ toString'], 'en')).toEqual({});
    expect(unfold('constructor __proto__', {})).toBe('constructor __proto__');
  });

  it('changes nothing without unfoldings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(unfold(text, {})).toBe(text);
        expect(unfoldExcerpt(text, {})).toBe(text);
      }),
    );
  });

  it('restores any text made of words whose folded forms differ', () => {
    const words = {
      fa: [`کسب${ZWNJ}وکار`, `می${ZWNJ}شود`, `اندازه${ZWNJ}گیری${ZWNJ}شده`, 'مشتریان', 'آموزش،', 'ارزش', '۶۰٪'],
      en: ['Retention', 'costs', '5x', '(تكلفة)', `کسب${ZWNJ}وکار`],
    } as const;
    for (const locale of ['fa', 'en'] as const) {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words[locale]), { minLength: 1 }), (chosen) => {
          const text = chosen.join(' ');
          expect(unfold(foldForIndex(text, locale), unfoldingsOf([text], locale))).toBe(text);
        }),
      );
    }
  });
});
