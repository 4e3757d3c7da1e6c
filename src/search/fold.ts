import type { Locale } from '../i18n/locales';

/**
 * Folds away the differences that keyboards and habits make, so that what a reader
 * types matches what the text says. The glossary filter and the search both use it, on
 * the text and on the query alike, always with the page's locale (Arabic text reaches
 * the search index as written, for Pagefind's Arabic stemmer folds it the same way:
 * src/search/unfold.ts):
 *
 * - The yeh and kaf families become the locale's own letters (ی ک in Persian, ي ك in
 *   Arabic): a Persian reader on an Arabic keyboard types ي and ك. Alef maksura ى and
 *   yeh with hamza ئ join the yeh family, waw with hamza ؤ becomes و.
 * - Hamza forms of alef (أ إ آ ٱ) become ا: many writers leave the hamza out.
 * - ة, ۀ and ھ become ه in Persian, where the heh is what a reader types; Arabic keeps ة,
 *   which there marks a different word ending.
 * - Diacritics (tashkeel), the dagger alef and tatweel disappear.
 * - A zero-width non-joiner becomes a space, so each part of a compound is a word of
 *   its own (شود finds می‌شود); bidi marks disappear.
 * - Digits become the locale's own (60, ٦٠ and ۶۰ are one number), and so does the
 *   percent sign.
 * - Compatibility forms (presentation forms, full-width letters) are normalised, Latin
 *   letters lower-cased, runs of white space collapsed.
 *
 * The search index holds folded text; src/search/unfold.ts puts the site's own spelling
 * back into the titles and excerpts it shows.
 */
export function fold(text: string, locale: Locale): string {
  return foldCharacters(text, locale).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The character mapping of `fold` alone, leaving white space and letter case as they
 * are, as the index needs them. (Pagefind ignores case itself.)
 */
function foldCharacters(text: string, locale: Locale): string {
  const letters = locale === 'ar' ? arabicLetters : persianLetters;
  const digitZero = zeroOf[locale];
  return text
    .normalize('NFKC')
    .replace(marks, '')
    .replace(/\u200C/g, ' ')
    .replace(invisibles, '')
    .replace(letterPattern, (letter) => letters[letter] ?? letter)
    .replace(digitPattern, (digit) => String.fromCharCode(digitZero + digitValue(digit)))
    .replace(/[%٪]/g, locale === 'en' ? '%' : '٪');
}

/**
 * Text as the search index takes it: folded like `foldCharacters`, with each compound
 * written with a non-joiner there twice, in halves and joined (کسب‌وکار becomes
 * کسب وکار کسبوکار), so that a query finds it typed with a non-joiner, a space or nothing.
 */
export function foldForIndex(text: string, locale: Locale): string {
  return foldCharacters(text.replace(compound, (word) => `${word} ${word.replace(/\u200C/g, '')}`), locale);
}
const compound = /[\p{L}\p{M}\p{N}]+(?:\u200C[\p{L}\p{M}\p{N}]+)+/gu;

/**
 * `fold` for a query to an index that Pagefind stems itself (Arabic: see
 * src/search/unfold.ts). Snowball's Arabic stemmer folds hamza forms, alef maksura,
 * tashkeel and tatweel its own way (a word-final hamza becomes ء, where `fold` would
 * make it ا and so miss خطأ), so this does only what the stemmer does not: the yeh
 * and kaf of a Persian keyboard, Persian digits, invisible marks, case and spacing.
 */
export function foldForStemmer(text: string, locale: Locale): string {
  const keyboard = locale === 'ar' ? arabicKeyboard : persianKeyboard;
  return text
    .normalize('NFKC')
    .replace(/\u200C/g, ' ')
    .replace(invisibles, '')
    .replace(/[يكیک]/g, (letter) => keyboard[letter] ?? letter)
    .replace(digitPattern, (digit) => String.fromCharCode(zeroOf[locale] + digitValue(digit)))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** For matching inside words: "می شود", "می‌شود" and "میشود" all become "میشود". */
export function foldCompact(text: string, locale: Locale): string {
  return fold(text, locale).replace(/ /g, '');
}

const shared: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و' };
const persianLetters: Record<string, string> = {
  ...shared,
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'ھ': 'ه',
};
const arabicLetters: Record<string, string> = { ...shared, 'ی': 'ي', 'ى': 'ي', 'ئ': 'ي', 'ک': 'ك' };
const arabicKeyboard: Record<string, string> = { 'ی': 'ي', 'ک': 'ك' };
const persianKeyboard: Record<string, string> = { 'ي': 'ی', 'ك': 'ک' };
const letterPattern = new RegExp(`[${Object.keys({ ...persianLetters, ...arabicLetters }).join('')}]`, 'g');

// Harakat, superscript (dagger) alef, Quranic annotation marks, tatweel.
const marks = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// ZWJ, LRM, RLM, ALM and the bidi embeddings and isolates (ZWNJ is handled apart).
const invisibles = /[\u200D\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

const zeroOf: Record<Locale, number> = { en: 0x30, ar: 0x660, fa: 0x6f0 };
const digitPattern = /[0-9\u0660-\u0669\u06F0-\u06F9]/g;
function digitValue(digit: string): number {
  const code = digit.charCodeAt(0);
  return code - (code >= 0x6f0 ? 0x6f0 : code >= 0x660 ? 0x660 : 0x30);
}
