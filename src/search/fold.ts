import { locales, type Folding, type Locale } from '../i18n/locales';
import { toLocaleDigits } from '../i18n/digits';

/**
 * Folds away the differences that keyboards and habits make, so that what a reader
 * types matches what the text says. The glossary filter and the search both use it, on
 * the text and on the query alike, always with the page's locale (Arabic text reaches
 * the search index as written, for Pagefind's Arabic stemmer folds it the same way:
 * src/search/unfold.ts):
 *
 * - Letters, by the locale's `folding` rules (below, and the locale table):
 *   - the yeh and kaf families become the locale's own letters (ی ک in Persian, ي ك in
 *     Arabic): a Persian reader on an Arabic keyboard types ي and ك. Alef maksura ى and
 *     yeh with hamza ئ join the yeh family, waw with hamza ؤ becomes و;
 *   - hamza forms of alef (أ إ آ ٱ) become ا: many writers leave the hamza out;
 *   - ة, ۀ and ھ become ه in Persian, where the heh is what a reader types; Arabic keeps
 *     ة, which there marks a different word ending;
 *   - on a Latin-script page, the Arabic-script words it quotes (a term's name in the
 *     other languages) fold as in Persian, so either keyboard finds them.
 * - Diacritics (tashkeel), the dagger alef and tatweel disappear.
 * - A zero-width non-joiner becomes a space, so each part of a compound is a word of
 *   its own (شود finds می‌شود); bidi marks disappear.
 * - So does what joins two words where a space could stand (`joined`): word-of-mouth,
 *   CLV/CAC and LTV:CAC are matched as the words they join.
 * - Digits become the locale's own (60, ٦٠ and ۶۰ are one number), and the percent sign
 *   the one its rules name.
 * - Compatibility forms (presentation forms, full-width letters) are normalised, Latin
 *   letters lower-cased, runs of white space collapsed.
 *
 * The search index holds folded text; src/search/unfold.ts puts the site's own spelling
 * back into the titles and excerpts it shows.
 */
export function fold(text: string, locale: Locale): string {
  return spaceJoined(foldCharacters(text, locale)).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Hyphens and dashes, underscores, slashes, middle dots, plus and colon signs between two
 * letters or digits: a reader types word-of-mouth or CLV/CAC for the words they join.
 * Pagefind indexes a joined word as its parts too, but searches a joined query as one
 * word (wordofmouth), which text that writes the words apart never holds; and the
 * glossary filter would look for the hyphen itself. Between two digits only a dash
 * joins (5-25): a slash or colon there belongs to the number (۱/۵ is 1.5 in Persian).
 * The index itself keeps them (`foldForIndex`), so its excerpts read as written.
 */
const joined = /([\p{L}\p{M}\p{N}])([\p{Pd}\p{Pc}\u2212/\\\u2044\u2215\u00B7\u2022\u2027+:]+)(?=([\p{L}\p{M}\p{N}]))/gu;
// No lookbehind here: older Safari cannot even load a script that contains one.
function spaceJoined(text: string): string {
  return text.replace(joined, (match, before: string, joiner: string, after: string) =>
    /\p{N}/u.test(before) && /\p{N}/u.test(after) && !/^[\p{Pd}\u2212]+$/u.test(joiner) ? match : `${before} `,
  );
}

/**
 * The character mapping of `fold` alone, leaving white space and letter case as they
 * are, as the index needs them. (Pagefind ignores case itself.)
 */
function foldCharacters(text: string, locale: Locale): string {
  const { letters, percent } = rulesOf(locale);
  const folded = text
    .normalize('NFKC')
    .replace(marks, '')
    .replace(/\u200C/g, ' ')
    .replace(invisibles, '')
    .replace(letterPattern, (letter) => letters[letter] ?? letter)
    .replace(/[%٪]/g, percent);
  return toLocaleDigits(folded, locale);
}

/**
 * Text as the search index takes it: folded like `foldCharacters`, with each compound
 * written with a non-joiner there twice, in halves and joined (کسب‌وکار becomes
 * کسب وکار کسبوکار), so that a query finds it typed with a non-joiner, a space or nothing.
 */
export function foldForIndex(text: string, locale: Locale): string {
  return foldCharacters(
    text.replace(compound, (word) => `${word} ${word.replace(/\u200C/g, '')}`),
    locale,
  );
}
const compound = /[\p{L}\p{M}\p{N}]+(?:\u200C[\p{L}\p{M}\p{N}]+)+/gu;

/**
 * `fold` for a query to an index that Pagefind stems itself (Arabic: see
 * src/search/unfold.ts). Snowball's Arabic stemmer folds hamza forms, alef maksura,
 * tashkeel and tatweel its own way (a word-final hamza becomes ء, where `fold` would
 * make it ا and so miss خطأ), so this does only what the stemmer does not: the yeh
 * and kaf of a Persian keyboard, Persian digits, invisible marks, joiners, case and
 * spacing.
 */
export function foldForStemmer(text: string, locale: Locale): string {
  const { keyboard } = rulesOf(locale);
  const folded = text
    .normalize('NFKC')
    .replace(/\u200C/g, ' ')
    .replace(invisibles, '')
    .replace(/[يكیک]/g, (letter) => keyboard[letter] ?? letter);
  return toLocaleDigits(spaceJoined(folded).toLowerCase().replace(/\s+/g, ' ').trim(), locale);
}

/** For matching inside words: "می شود", "می‌شود" and "میشود" all become "میشود". */
export function foldCompact(text: string, locale: Locale): string {
  return fold(text, locale).replace(/ /g, '');
}

interface FoldingRules {
  /** Letters written as the language writes them. */
  letters: Readonly<Record<string, string>>;
  /** What `foldForStemmer` still maps: the letters another keyboard types instead. */
  keyboard: Readonly<Record<string, string>>;
  /** The percent sign the language writes. */
  percent: string;
  /**
   * The search index takes the language's text as written, and queries go through
   * `foldForStemmer`: Pagefind's own stemmer folds it (src/search/unfold.ts).
   */
  indexedAsWritten: boolean;
}

const shared = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ؤ: 'و' };
const persianLetters = { ...shared, ي: 'ی', ى: 'ی', ئ: 'ی', ك: 'ک', ة: 'ه', ۀ: 'ه', ھ: 'ه' };

/** Each locale names its rules in the locale table (`folding`); none is a default. */
const foldings: Record<Folding, FoldingRules> = {
  latin: { letters: persianLetters, keyboard: {}, percent: '%', indexedAsWritten: false },
  arabic: {
    letters: { ...shared, ی: 'ي', ى: 'ي', ئ: 'ي', ک: 'ك' },
    keyboard: { ی: 'ي', ک: 'ك' },
    percent: '٪',
    indexedAsWritten: true,
  },
  persian: { letters: persianLetters, keyboard: { ي: 'ی', ك: 'ک' }, percent: '٪', indexedAsWritten: false },
};

/** The folding rules of a locale, as its row in the locale table names them. */
export function rulesOf(locale: Locale): FoldingRules {
  return foldings[locales[locale].folding];
}

const letterPattern = new RegExp(
  `[${Object.values(foldings)
    .flatMap((rules) => Object.keys(rules.letters))
    .join('')}]`,
  'g',
);

// Harakat, superscript (dagger) alef, Quranic annotation marks, tatweel.
const marks = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// ZWJ, LRM, RLM, ALM and the bidi embeddings and isolates (ZWNJ is handled apart).
const invisibles = /[\u200D\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
