import type { Locale } from '../i18n/locales';
import { withBase } from '../i18n/paths';
import { fold, foldForStemmer } from './fold';
import { indexedAsWritten, spellingsFile, spellingsFrom, unfold, unfoldExcerpt, type Spellings } from './unfold';

/** The kinds of page the search indexes (BaseLayout's `searchKind`), in the order its filters list them. */
export const searchKinds = ['lesson', 'term', 'calculator'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchHit {
  url: string;
  title: string;
  /** A glossary term's other names, to rank the term first when one is typed. */
  aliases: string[];
  kind: SearchKind | undefined;
  /** Safe HTML: escaped text with only <mark> elements around the matched words. */
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  /** The page's whole indexed text, which the excerpt is a run of. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  init(): Promise<void>;
  /** Loads the filter index; until it is loaded, searches count no kinds. */
  filters(): Promise<unknown>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{
    results: { data(): Promise<PagefindResultData> }[];
    /** Matches before the kind filter, and per kind (`totalFilters.kind.term`). */
    unfilteredResultCount: number;
    totalFilters: Record<string, Record<string, number> | undefined>;
  } | null>;
}

let loading: Promise<Pagefind> | undefined;
let filtersLoading: Promise<unknown> | undefined;

/**
 * Loads Pagefind from the site itself, once, when the reader first searches. It picks
 * the index matching <html lang>, which every page sets from the locale table.
 */
function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ withBase('pagefind/pagefind.js')).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return loading;
}

/** Pagefind's excerpt, re-escaped so that only its <mark> tags survive as markup. */
export function safeExcerpt(excerpt: string): string {
  const escaped = excerpt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}

// Like Pagefind's index, for the language of the page: a page has one.
let spellings: Promise<Spellings> | undefined;

/**
 * The spellings folding took from the reader's language, fetched alongside Pagefind.
 * Results come without them too (hamzas missing, compounds still whole), so a failed
 * fetch yields none.
 */
function loadSpellings(locale: Locale): Promise<Spellings> {
  spellings ??= indexedAsWritten.has(locale)
    ? Promise.resolve(spellingsFrom({}))
    : fetch(withBase(spellingsFile(locale)))
        .then((response) => (response.ok ? response.json() : {}))
        .then((parsed: unknown) =>
          spellingsFrom(parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {}),
        )
        .catch(() => spellingsFrom({}));
  return spellings;
}

/** What a search found: how many pages match, and their hits, loaded as they are shown. */
export interface Found {
  total: number;
  /** How many pages match in each kind, and in all: the filter shows them, whichever is chosen. */
  counts: Record<SearchKind | 'all', number>;
  /** The first `count` hits, terms first among them. Only these pages' data is fetched, each page's once. */
  hits(count: number): Promise<SearchHit[]>;
}

const noCounts = { all: 0, ...Object.fromEntries(searchKinds.map((kind) => [kind, 0])) } as Found['counts'];
const nothing: Found = { total: 0, counts: noCounts, hits: async () => [] };

/**
 * What is asked of Pagefind for what the reader typed: folded as the index was, or for
 * the stemmer where Pagefind stems the language itself.
 */
export function pagefindQuery(locale: Locale, query: string): string {
  return indexedAsWritten.has(locale) ? foldForStemmer(query, locale) : fold(query, locale);
}

/**
 * Searches the reader's language for what they typed (`pagefindQuery`). Among the hits
 * asked for, glossary terms come first: one named exactly what was typed (by its term or
 * an alias), then those whose name contains it.
 */
export async function search(locale: Locale, query: string, kind?: SearchKind, countKinds = false): Promise<Found> {
  const asked = pagefindQuery(locale, query);
  if (asked === '') return nothing;
  const [pagefind, spelling] = await Promise.all([loadPagefind(), loadSpellings(locale)]);
  // Only the results page shows counts per kind; the dialog need not fetch the filter index.
  if (countKinds) await (filtersLoading ??= pagefind.filters());
  const found = await pagefind.search(asked, kind ? { filters: { kind } } : {});
  const results = found?.results ?? [];
  const counts = { ...noCounts, all: found?.unfilteredResultCount ?? 0 };
  for (const each of searchKinds) counts[each] = found?.totalFilters['kind']?.[each] ?? 0;
  const loaded: Promise<SearchHit>[] = [];
  const hitAt = (i: number) =>
    (loaded[i] ??= results[i]!.data().then(
      (d) => ({
        url: d.url,
        title: d.meta['title'] ? unfold(d.meta['title'], spelling) : d.url,
        aliases: d.meta['aliases']?.split(' | ') ?? [],
        kind: d.meta['kind'] as SearchKind | undefined,
        excerpt: safeExcerpt(unfoldExcerpt(d.excerpt, d.content ?? '', spelling)),
      }),
      (error: unknown) => {
        delete loaded[i]; // so that asking again tries again
        throw error;
      },
    ));

  return {
    total: results.length,
    counts,
    async hits(count) {
      return termsFirst(await Promise.all(results.slice(0, count).map((_, i) => hitAt(i))), query, locale);
    },
  };
}

/**
 * Hits in the order a reader wants them: a glossary term named exactly what was typed (by
 * its term or an alias), then terms whose name contains it, then the rest, each group in
 * the order given (Pagefind's), for `sort()` is stable.
 */
export function termsFirst(hits: readonly SearchHit[], query: string, locale: Locale): SearchHit[] {
  const folded = fold(query, locale);
  const rank = (hit: SearchHit) => {
    if (hit.kind !== 'term') return 0;
    const names = [hit.title, ...hit.aliases].map((name) => fold(name, locale));
    if (names.includes(folded)) return 2;
    return names.some((name) => name.includes(folded)) ? 1 : 0;
  };
  return hits
    .map((hit) => ({ hit, rank: rank(hit) }))
    .sort((a, b) => b.rank - a.rank)
    .map(({ hit }) => hit);
}
