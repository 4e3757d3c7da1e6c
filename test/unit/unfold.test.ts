import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { foldForIndex } from '../../src/search/fold';
import {
  spellingsFrom,
  unfold as unfoldWith,
  unfoldExcerpt as unfoldExcerptWith,
  unfoldingsOf,
  type Unfoldings,
} from '../../src/search/unfold';

const unfold = (text: string, unfoldings: Unfoldings) => unfoldWith(text, spellingsFrom(unfoldings));
const unfoldExcerpt = (excerpt: string, content: string, unfoldings: Unfoldings) =>
  unfoldExcerptWith(excerpt, content, spellingsFrom(unfoldings));

const ZWNJ = '\u200C';

describe('unfoldingsOf', () => {
  it('keeps the Persian spellings that folding drops', () => {
    expect(unfoldingsOf([`آموزش کسب${ZWNJ}وکار`, `می${ZWNJ}شود.`], 'fa')).toEqual({
      اموزش: 'آموزش',
      'کسب وکار کسبوکار': `کسب${ZWNJ}وکار`,
      'می شود میشود': `می${ZWNJ}شود`,
    });
  });

  it('keeps the Arabic spellings folding drops from an English page', () => {
    expect(unfoldingsOf(['Customer retention (الاحتفاظ بالعملاء), cost (تكلفة)'], 'en')).toEqual({
      تکلفه: 'تكلفة',
    });
  });

  it('takes the spelling the text uses most, one without marks if there is one', () => {
    expect(unfoldingsOf(['آمادهٔ آمادهٔ، آماده'], 'fa')).toEqual({ اماده: 'آماده' });
    expect(unfoldingsOf(['آمادهٔ آمادهٔ، آمادۀ'], 'fa')).toEqual({ اماده: 'آمادۀ' });
    expect(unfoldingsOf(['إلى الى إلى'], 'en')).toEqual({ الی: 'إلى' });
  });

  it('adds nothing for a folded word the text also writes as it is', () => {
    expect(unfoldingsOf(['هزینهٔ هزینهٔ هزینه', 'مرحلة مرحله'], 'fa')).toEqual({});
  });

  it('leaves the punctuation around a word out of it', () => {
    expect(unfoldingsOf(['«آموزش،»'], 'fa')).toEqual({ اموزش: 'آموزش' });
  });
});

describe('unfold and unfoldExcerpt', () => {
  const persian = {
    'کسب وکار کسبوکار': `کسب${ZWNJ}وکار`,
    'می دهیم میدهیم': `می${ZWNJ}دهیم`,
    اموزش: 'آموزش',
  };
  const content = 'ما به کسب وکار کسبوکار شما اموزش می دهیم میدهیم و هزینهٔ جذب مشتری را کم می کنیم میکنیم';

  it('gives a title back its spelling', () => {
    expect(unfold('اموزش کسب وکار کسبوکار', persian)).toBe(`آموزش کسب${ZWNJ}وکار`);
  });

  it('makes a compound one word again, highlighted if any of its parts was', () => {
    expect(unfoldExcerpt('به <mark>کسب</mark> وکار کسبوکار شما', content, persian)).toBe(`به <mark>کسب${ZWNJ}وکار</mark> شما`);
  });

  it('shows whole a compound the excerpt cuts, reading it from the content', () => {
    expect(unfoldExcerpt('وکار کسبوکار شما <mark>اموزش</mark> می', content, persian)).toBe(
      `کسب${ZWNJ}وکار شما <mark>آموزش</mark> می${ZWNJ}دهیم`,
    );
  });

  it('keeps a plain word at an edge, even one that is also part of a compound', () => {
    expect(unfoldExcerpt('هزینهٔ جذب مشتری', content, persian)).toBe('هزینهٔ جذب مشتری');
    expect(unfoldExcerpt('می دهیم میدهیم و <mark>هزینهٔ</mark>', content, persian)).toBe(`می${ZWNJ}دهیم و <mark>هزینهٔ</mark>`);
  });

  it('joins a compound it has no spelling for with the non-joiner', () => {
    expect(unfold('کم می کنیم میکنیم', {})).toBe(`کم می${ZWNJ}کنیم`);
    expect(unfoldExcerpt('را کم <mark>می</mark> کنیم', content, {})).toBe(`را کم <mark>می${ZWNJ}کنیم</mark>`);
  });

  it('sees no compound in Latin words and figures of that shape', () => {
    expect(unfold('Figures 1 2 12 and some one someone', {})).toBe('Figures 1 2 12 and some one someone');
  });

  it('reads an excerpt on its own when the content does not hold it', () => {
    expect(unfoldExcerpt('<mark>اموزش</mark> کسب وکار کسبوکار', 'other text', persian)).toBe(`<mark>آموزش</mark> کسب${ZWNJ}وکار`);
    expect(unfoldExcerpt('', content, persian)).toBe('');
  });

  it("reads only the list's own words, never inherited ones", () => {
    expect(unfoldingsOf(['constructor __proto__ toString'], 'en')).toEqual({});
    expect(unfold('x constructor', Object.create({ x: 'y', constructor: 'z' }) as Unfoldings)).toBe('x constructor');
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
          const folded = foldForIndex(text, locale);
          expect(unfold(folded, unfoldingsOf([text], locale))).toBe(text);
          expect(unfoldExcerpt(folded, `before ${folded} after`, unfoldingsOf([text], locale))).toBe(text);
        }),
      );
    }
  });
});
