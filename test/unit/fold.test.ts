import { describe, it, expect } from 'vitest';
import { fold, foldCompact, foldForIndex } from '../../src/search/fold';

describe('fold for Persian', () => {
  it.each([
    ['Arabic yeh', 'مشتري', 'مشتری'],
    ['alef maksura', 'مصطفى', 'مصطفی'],
    ['yeh with hamza', 'رئيس', 'رییس'],
    ['Arabic kaf', 'كسب', 'کسب'],
    ['hamza forms of alef', 'أإآٱا', 'ااااا'],
    ['teh marbuta', 'مدة', 'مده'],
    ['heh with yeh above', 'خانۀ', 'خانه'],
    ['waw with hamza', 'مؤسسه', 'موسسه'],
    ['tashkeel', 'مُشتَری', 'مشتری'],
    ['tatweel', 'مشـــتری', 'مشتری'],
    ['ZWNJ to a space', 'می\u200Cشود', 'می شود'],
    ['bidi isolates around an acronym', '\u2068CLV\u2069', 'clv'],
    ['Latin digits', '60 درصد', '۶۰ درصد'],
    ['Arabic-Indic digits', '٦٠٪', '۶۰٪'],
    ['percent sign', '25%', '۲۵٪'],
    ['presentation forms', '\uFEFB', 'لا'],
    ['runs of white space', '  a \t b\n', 'a b'],
  ])('folds %s', (_what, input, expected) => {
    expect(fold(input, 'fa')).toBe(expected);
  });

  it('makes an Arabic-keyboard query equal the Persian text', () => {
    expect(fold('ارزش طول عمر مشتري', 'fa')).toBe(fold('ارزش طول عمر مشتری', 'fa'));
    expect(fold('كسب‌وكار', 'fa')).toBe(fold('کسب‌وکار', 'fa'));
  });
});

describe('fold for Arabic', () => {
  it.each([
    ['Persian yeh', 'عميلی', 'عميلي'],
    ['Persian kaf', 'شرکة', 'شركة'],
    ['hamza forms of alef', 'أكثر إيجابية آمنة', 'اكثر ايجابية امنة'],
    ['teh marbuta is kept', 'قيمة', 'قيمة'],
    ['tashkeel', 'العُمَلاءُ', 'العملاء'],
    ['tatweel', 'عـــمـيل', 'عميل'],
    ['dagger alef', 'هٰذا', 'هذا'],
    ['Latin and Persian digits', '60 و ۶۰', '٦٠ و ٦٠'],
  ])('folds %s', (_what, input, expected) => {
    expect(fold(input, 'ar')).toBe(expected);
  });
});

describe('fold for English', () => {
  it('lower-cases Latin and writes every digit in Latin', () => {
    expect(fold('Customer LTV ۶۰٪', 'en')).toBe('customer ltv 60%');
  });

  it('folds the Arabic-script names it quotes so that either keyboard finds them', () => {
    expect(fold('مشتري كسب', 'en')).toBe(fold('مشتری کسب', 'en'));
  });
});

describe('fold in general', () => {
  it('is idempotent', () => {
    for (const locale of ['en', 'ar', 'fa'] as const) {
      for (const text of ['مشتري‌ها ۶۰٪', 'Word of Mouse', 'العُمَلاء الحاليين']) {
        expect(fold(fold(text, locale), locale)).toBe(fold(text, locale));
      }
    }
  });

  it('treats ZWNJ, a space and nothing alike when matching inside words', () => {
    expect(foldCompact('می شود', 'fa')).toBe('میشود');
    expect(foldCompact('می\u200Cشود', 'fa')).toBe('میشود');
    expect(foldCompact('میشود', 'fa')).toBe('میشود');
  });
});

describe('foldForIndex', () => {
  it('writes a compound in halves and joined, so a query finds it typed either way', () => {
    expect(foldForIndex('کسب\u200Cوکار، آسان', 'fa')).toBe('کسب وکار کسبوکار، اسان');
    expect(foldForIndex('اندازه\u200Cگیری\u200Cشده', 'fa')).toBe('اندازه گیری شده اندازهگیریشده');
  });

  it('folds everything else as fold does, keeping case and spacing', () => {
    expect(foldForIndex('CLV  ۶۰٪ مشتري', 'fa')).toBe('CLV  ۶۰٪ مشتری');
  });
});
