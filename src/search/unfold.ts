import { localeCodes, type Locale } from '../i18n/locales';
import { foldForIndex, rulesOf } from './fold';

/**
 * Folded word → the word as the site writes it. The search index holds folded text
 * (src/search/fold.ts), and folding drops what a reader must still see: hamzas, alef
 * maksura, Persian non-joiners. These pairs give result titles and excerpts their
 * spelling back. A word with a non-joiner is indexed as three words, its halves and
 * the two joined, so its key has spaces in it (کسب وکار کسبوکار → کسب‌وکار).
 */
export type Unfoldings = Record<string, string>;

/** Where the build puts a language's unfoldings, next to its search index, relative to the site's base. */
export const spellingsFile = (locale: Locale) => `pagefind/spellings.${locale}.json`;

/**
 * Languages whose text the index takes as written, so their results need no unfolding:
 * those whose folding rules say so (src/search/fold.ts). Pagefind stems Arabic with
 * Snowball's stemmer, which folds hamza forms (a word-final one to ء), alef maksura, yeh
 * and waw with hamza, teh marbuta, tashkeel, tatweel and Arabic-Indic digits in the
 * text and the query alike; the query is folded only for what it leaves
 * (`foldForStemmer`). Unfolding Arabic could not be exact anyway: a folded ان was
 * written أن in one place and إن in another.
 */
export const indexedAsWritten: ReadonlySet<Locale> = new Set(localeCodes.filter((code) => rulesOf(code).indexedAsWritten));

// A word's letters and digits, apart from the punctuation around it.
const edges = /^([^\p{L}\p{M}\p{N}]*)([\s\S]*?)([^\p{L}\p{M}\p{N}]*)$/u;
const split = (token: string) => edges.exec(token)!.slice(1) as [string, string, string];

/**
 * The unfoldings of a language's text: every word whose folded form differs from how
 * the text writes it, and is never written so itself. Where one folded word is written
 * in several ways, the most frequent spelling without marks wins. (Persian writes
 * هزینه and هزینهٔ alike: showing the folded هزینه is never wrong, so that stays.)
 */
export function unfoldingsOf(texts: Iterable<string>, locale: Locale): Unfoldings {
  const spellings = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const token of text.split(/\s+/)) {
      const word = split(token)[1];
      if (word === '') continue;
      const folded = foldForIndex(word, locale);
      const counts = spellings.get(folded) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      spellings.set(folded, counts);
    }
  }
  const unfoldings: [string, string][] = [];
  for (const [folded, counts] of spellings) {
    if (counts.has(folded)) continue;
    // A mark (an ezafe ٔ, a tanween) belongs to one sentence; a bare spelling fits every one.
    const bare = [...counts].filter(([spelling]) => !/\p{M}/u.test(spelling));
    const [spelling] = (bare.length > 0 ? bare : [...counts]).reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    unfoldings.push([folded, spelling]);
  }
  return Object.fromEntries(unfoldings);
}

/** Unfoldings made ready for use: a results list looks up every word it shows. */
export interface Spellings {
  of: ReadonlyMap<string, string>;
}

/** Prepares unfoldings once (any value that is not a string is left out). */
export function spellingsFrom(unfoldings: Unfoldings): Spellings {
  return { of: new Map(Object.entries(unfoldings).filter((entry) => typeof entry[1] === 'string')) };
}

// Pagefind splits a page's content into words at white space (but not at U+FEFF).
const wordBreaks = /[^\S\uFEFF]+/;
const arabicScript = /[\u0600-\u06FF]/;
const MAX_PARTS = 4;

/**
 * How many tokens, from tokens[i], make one word of the site. A compound is indexed
 * as its parts and then the parts joined (کسب وکار کسبوکار), so it is recognised by
 * its shape alone, and spans its parts and one more.
 */
function wordLength(tokens: readonly string[], i: number): number {
  for (let parts = 2; parts <= MAX_PARTS && i + parts < tokens.length; parts++) {
    const cores = tokens.slice(i, i + parts).map((token) => split(token)[1]);
    const joined = cores.join('');
    if (!cores.includes('') && arabicScript.test(joined) && split(tokens[i + parts]!)[1] === joined) return parts + 1;
  }
  return 1;
}

/** The site's spelling of tokens[from, to), which make one word. */
function spell(tokens: readonly string[], from: number, to: number, spellings: Spellings): string {
  const [lead, folded, trail] = split(tokens.slice(from, to).join(' '));
  const known = spellings.of.get(folded);
  if (known !== undefined) return lead + known + trail;
  if (to - from === 1) return tokens[from]!;
  // A compound the list does not know: its parts, joined by the non-joiner again.
  const parts = tokens.slice(from, to - 1).map((token) => split(token)[1]);
  return lead + parts.join('\u200C') + trail;
}

interface Word {
  text: string;
  marked: boolean;
}

/**
 * The site's words over tokens[from, to), read from the first token so that a
 * compound is always whole, even where it starts before `from` or ends after `to`.
 */
function wordsOver(tokens: readonly string[], from: number, to: number, marked: ReadonlySet<number>, spellings: Spellings): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < to;) {
    const n = wordLength(tokens, i);
    if (i + n > from) {
      const isMarked = Array.from({ length: n }, (_, k) => i + k).some((k) => marked.has(k));
      words.push({ text: spell(tokens, i, i + n, spellings), marked: isMarked });
    }
    i += n;
  }
  return words;
}

/** Plain folded text (a title) in the site's own spelling. */
export function unfold(text: string, spellings: Spellings): string {
  const tokens = text.split(wordBreaks);
  return wordsOver(tokens, 0, tokens.length, new Set(), spellings)
    .map((word) => word.text)
    .join(' ');
}

/** Where the run of tokens `run` starts in `tokens`, or -1. */
function indexOfRun(tokens: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= tokens.length; i++) {
    if (run.every((token, k) => tokens[i + k] === token)) return i;
  }
  return -1;
}

/**
 * A Pagefind excerpt in the site's own spelling. The excerpt is a run of the page's
 * folded content, words joined by spaces, the matches as whole `<mark>word</mark>`
 * tokens; it may begin or end inside a compound, so the words are read from the
 * content around it, and a compound it cuts is shown whole.
 */
export function unfoldExcerpt(excerpt: string, content: string, spellings: Spellings): string {
  if (excerpt === '') return '';
  const shown = excerpt.split(' ').map((token) => {
    const mark = /^<mark>([\s\S]*)<\/mark>$/.exec(token);
    return { text: mark ? mark[1]! : token, marked: mark !== null };
  });
  const texts = shown.map((token) => token.text);
  const contentTokens = content.split(wordBreaks);
  const found = indexOfRun(contentTokens, texts);
  const [tokens, start] = found < 0 ? [texts, 0] : [contentTokens, found];
  const marked = new Set(shown.flatMap((token, k) => (token.marked ? [start + k] : [])));
  return wordsOver(tokens, start, start + shown.length, marked, spellings)
    .map((word) => (word.marked ? `<mark>${word.text}</mark>` : word.text))
    .join(' ');
}
