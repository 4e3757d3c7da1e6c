import { describe, it, expect } from 'vitest';
import { fold, foldCompact, foldForIndex, foldForStemmer } from '../../src/search/fold';

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

describe('joiners', () => {
  it.each([
    ['a hyphen', 'word-of-mouth', 'word of mouth'],
    ['a slash', 'CLV/CAC', 'clv cac'],
    ['a colon', 'LTV:CAC', 'ltv cac'],
    ['an underscore', 'win_back', 'win back'],
    ['an em dash', 'retention—acquisition', 'retention acquisition'],
    ['a non-breaking hyphen', 'win\u2011back', 'win back'],
    ['a middle dot', 'keep·win', 'keep win'],
    ['a plus sign', 'B2B+B2C', 'b2b b2c'],
    ['a dash between figures', '5-25', '5 25'],
  ])('fold spaces the words %s joins', (_what, typed, spaced) => {
    expect(fold(typed, 'en')).toBe(spaced);
  });

  it.each([
    ['a decimal point', '1.5'],
    ['a slash between figures', '24/7'],
    ['a ratio', '3:1'],
    ['an apostrophe', "customer's"],
    ['a hyphen with nothing after it', 'pre-'],
  ])('fold keeps %s', (_what, typed) => {
    expect(fold(typed, 'en')).toBe(typed);
  });

  it('spaces joined words in Persian and Arabic too, and keeps the Persian decimal slash', () => {
    expect(fold('حفظ/جذب', 'fa')).toBe('حفظ جذب');
    expect(fold('بازاریابی-محتوایی', 'fa')).toBe('بازاریابی محتوایی');
    expect(fold('۱/۵', 'fa')).toBe('۱/۵');
    expect(fold('الاحتفاظ-بالعملاء', 'ar')).toBe('الاحتفاظ بالعملاء');
    expect(foldForStemmer('الاحتفاظ/الاستحواذ', 'ar')).toBe('الاحتفاظ الاستحواذ');
  });

  it('lets the glossary filter match a hyphenated name typed with spaces, or none', () => {
    expect(foldCompact('Word-of-mouth marketing', 'en')).toBe(foldCompact('word of mouth marketing', 'en'));
    expect(foldCompact('Word-of-mouth marketing', 'en')).toBe(foldCompact('wordofmouth marketing', 'en'));
  });

  it('leaves them in the text the index takes, which Pagefind splits itself', () => {
    expect(foldForIndex('word-of-mouth CLV/CAC', 'en')).toBe('word-of-mouth CLV/CAC');
  });
});
