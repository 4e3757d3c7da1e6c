import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { isLocale, type Locale } from '../i18n/locales';
import { indexedTexts, pageForIndex } from '../search/fold-html';
import { indexedAsWritten, spellingsFile, unfoldingsOf } from '../search/unfold';
import type { BuiltPage } from './built-pages';

/**
 * Builds the Pagefind index. For Persian and English Pagefind folds neither ي/ی nor the
 * digit sets, so their pages' text goes in folded, and the search box folds the query the
 * same way (src/search/fold.ts); Arabic text goes in as written, for Pagefind's Arabic
 * stemmer folds it (src/search/unfold.ts). Only pages whose <main> says
 * `data-pagefind-body` are indexed, each in its own language's index.
 *
 * Next to a folded index goes the list of spellings folding took away from its
 * language, for results to show. It is a file of its own because Pagefind indexes
 * every word of a page's metadata.
 *
 * Throws when Pagefind reports an error, or finds no page to index; Pagefind's service
 * is stopped whatever happens.
 */
export async function buildSearchIndex(
  root: string,
  pages: readonly BuiltPage[],
): Promise<{ pages: number; spellings: Map<Locale, number> }> {
  const texts = new Map<Locale, string[]>();
  let indexed = 0;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const { url, html, lang } of pages) {
      if (!isLocale(lang) || !html.includes('data-pagefind-body')) continue;
      // Addresses relative to the site's base: Pagefind puts its own location's base in front of them.
      const added = await index.addHTMLFile({ url, content: pageForIndex(html, lang) });
      if (added.errors.length > 0) throw new Error(`Pagefind, ${url}: ${added.errors.join('; ')}`);
      indexed++;
      if (indexedAsWritten.has(lang)) continue;
      if (!texts.has(lang)) texts.set(lang, []);
      texts.get(lang)!.push(...indexedTexts(html));
    }
    if (indexed === 0) throw new Error('Pagefind: no built page has data-pagefind-body, so there is nothing to index');
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const spellings = new Map<Locale, number>();
  for (const [locale, localeTexts] of texts) {
    const found = unfoldingsOf(localeTexts, locale);
    await writeFile(join(root, spellingsFile(locale)), JSON.stringify(found));
    spellings.set(locale, Object.keys(found).length);
  }
  return { pages: indexed, spellings };
}
