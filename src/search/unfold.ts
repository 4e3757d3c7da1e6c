import type { Locale } from '../i18n/locales';
import { foldForIndex } from './fold';

/**
 * Folded word → the word as the site writes it. The search index holds folded text
 * (src/search/fold.ts), and folding drops what a reader must still see: hamzas, alef
 * maksura, Persian non-joiners. These pairs give result titles and excerpts their
 * spelling back. A word with a non-joiner is indexed as three words, its halves and
 * the two joined, so its key has spaces in it (کسب وکار کسبوکار → کسب‌وکار).
 */
export type Unfoldings = Record<string, string>;

/** Where the build puts a language's unfoldings, next to its search index. */
export const spellingsUrl = (locale: Locale) => `/pagefind/spellings.${locale}.json`;

/**
 * Languages whose text the index takes as written, so their results need no unfolding.
 * Pagefind stems Arabic with Snowball's stemmer, which folds hamza forms, alef maksura,
 * teh marbuta, tashkeel, tatweel and Arabic-Indic digits in the text and in the query
 * alike; what it leaves (Persian letters and digits) is folded out of the query by
 * src/search/fold.ts, as Arabic text has none. Unfolding Arabic could not be exact: a
 * folded ان was written أن in one place and إن in another.
 */
export const indexedAsWritten: ReadonlySet<Locale> = new Set(['ar']);

// A word's letters and digits, apart from the punctuation around it.
const edges = /^([^\p{L}\p{M}\p{N}]*)([\s\S]*?)([^\p{L}\p{M}\p{N}]*)$/u;
const split = (token: string) => edges.exec(token)!.slice(1) as [string, string, string];

/**
 * The unfoldings of a language's text: every word whose folded form differs from how
 * the text writes it, and is never written so itself. Where one folded word is written
 * in several ways, the most frequent spelling wins. (Persian writes هزینه and هزینهٔ
 * alike: showing the folded هزینه is never wrong, so that stays.)
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
    const [spelling] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    unfoldings.push([folded, spelling]);
  }
  return Object.fromEntries(unfoldings);
}

interface Token {
  text: string;
  marked: boolean;
}

/** The site's spelling of tokens[i, i + n), read as one folded word, if it has one. */
function spellingOf(tokens: Token[], i: number, n: number, unfoldings: Unfoldings): string | undefined {
  if (i < 0 || i + n > tokens.length) return undefined;
  const [lead, word, trail] = split(
    tokens
      .slice(i, i + n)
      .map((token) => token.text)
      .join(' '),
  );
  // Own keys only: a page may well contain the word "constructor".
  const spelling = Object.hasOwn(unfoldings, word) ? unfoldings[word] : undefined;
  return typeof spelling === 'string' ? lead + spelling + trail : undefined;
}

/** How many tokens the longest folded word spans (a compound spans three or more). */
const longestIn = (unfoldings: Unfoldings) => Math.max(1, ...Object.keys(unfoldings).map((key) => key.split(' ').length));

/**
 * Puts the site's spelling back into folded words, longest match first, so that the
 * tokens of a compound become one word again, highlighted if any of them was.
 */
function unfoldTokens(tokens: Token[], unfoldings: Unfoldings): Token[] {
  const longest = longestIn(unfoldings);
  const result: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let n = Math.min(longest, tokens.length - i);
    let spelling = spellingOf(tokens, i, n, unfoldings);
    while (spelling === undefined && n > 1) spelling = spellingOf(tokens, i, --n, unfoldings);
    const marked = tokens.slice(i, i + n).some((token) => token.marked);
    result.push(spelling === undefined ? tokens[i]! : { text: spelling, marked });
    i += n;
  }
  return result;
}

/**
 * An excerpt may begin or end inside a compound, leaving part of it (the ها of
 * مشتری‌ها) to stand as a word of its own. A word at either edge that could be such a
 * part goes, unless it holds the match: an excerpt a word shorter reads better than a
 * broken one.
 */
function withoutCutCompounds(tokens: Token[], unfoldings: Unfoldings): Token[] {
  const compounds = Object.keys(unfoldings)
    .map((key) => key.split(' '))
    .filter((words) => words.length > 1);
  const laterParts = new Set(compounds.flatMap((words) => words.slice(1)));
  const earlierParts = new Set(compounds.flatMap((words) => words.slice(0, -1)));
  const sizes = Array.from({ length: longestIn(unfoldings) - 1 }, (_, k) => k + 2);
  const whole = (i: number, n: number) => spellingOf(tokens, i, n, unfoldings) !== undefined;
  const cut = (i: number, parts: Set<string>) => !tokens[i]!.marked && parts.has(split(tokens[i]!.text)[1]);

  let start = 0;
  let end = tokens.length;
  while (start < end && cut(start, laterParts) && !sizes.some((n) => whole(start, n))) start++;
  while (end > start && cut(end - 1, earlierParts) && !sizes.some((n) => whole(end - n, n))) end--;
  return tokens.slice(start, end);
}

/** Plain folded text (a title) in the site's own spelling. */
export function unfold(text: string, unfoldings: Unfoldings): string {
  const tokens = text.split(' ').map((word) => ({ text: word, marked: false }));
  return unfoldTokens(tokens, unfoldings)
    .map((token) => token.text)
    .join(' ');
}

/** A Pagefind excerpt, whose highlighted words are whole `<mark>word</mark>` tokens. */
export function unfoldExcerpt(excerpt: string, unfoldings: Unfoldings): string {
  const tokens = excerpt.split(' ').map((word) => {
    const mark = /^<mark>([\s\S]*)<\/mark>$/.exec(word);
    return { text: mark ? mark[1]! : word, marked: mark !== null };
  });
  return unfoldTokens(withoutCutCompounds(tokens, unfoldings), unfoldings)
    .map((token) => (token.marked ? `<mark>${token.text}</mark>` : token.text))
    .join(' ');
}
