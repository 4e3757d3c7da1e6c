import { getCollection, type CollectionEntry } from 'astro:content';
import { localeCodes, locales, type Locale } from '../i18n/locales';
import { fold } from '../search/fold';
import { getLessons, type Lesson } from './lessons';

export type GlossaryEntry = CollectionEntry<'glossary'>;

/**
 * Where a term files in the locale's alphabet: folded, without what the locale's sort
 * rules leave out at its start (Arabic files by the word after the definite article,
 * التسويق under ت, as Arabic dictionaries do).
 */
export function sortKey(locale: Locale, term: string): string {
  const folded = fold(term, locale);
  const ignored = locales[locale].sortIgnores;
  return ignored ? folded.replace(ignored, '') : folded;
}

/** All terms of one language in the locale's alphabetical order (پ چ ژ گ in place for fa). */
export async function getGlossary(locale: Locale): Promise<GlossaryEntry[]> {
  const collator = new Intl.Collator(locales[locale].intl);
  const entries = await getCollection('glossary');
  return entries.sort((a, b) => collator.compare(sortKey(locale, a.data[locale].term), sortKey(locale, b.data[locale].term)));
}

/** Entries grouped under their initial letter, groups in alphabetical order. */
export function groupByInitial(locale: Locale, entries: GlossaryEntry[]): { initial: string; entries: GlossaryEntry[] }[] {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const initial = sortKey(locale, entry.data[locale].term).charAt(0).toLocaleUpperCase(locales[locale].intl);
    groups.set(initial, [...(groups.get(initial) ?? []), entry]);
  }
  return [...groups].map(([initial, grouped]) => ({ initial, entries: grouped }));
}

/** The lessons of one language that mark a term, computed from the lessons themselves. */
export async function lessonsUsing(locale: Locale, termId: string): Promise<Lesson[]> {
  return (await getLessons(locale)).filter((lesson) => lesson.data.terms.includes(termId));
}

/** `getStaticPaths` for a page per term in every language: its full page and its embed. */
export async function termStaticPaths() {
  const entries = await getCollection('glossary');
  return localeCodes.flatMap((locale) => entries.map((entry) => ({ params: { locale, id: entry.id }, props: { locale, entry } })));
}
