import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtPages } from '../build/built-pages';
import { isLocale, type Locale } from '../i18n/locales';
import { indexedTexts, pageForIndex } from './fold-html';
import { indexedAsWritten, spellingsUrl, unfoldingsOf } from './unfold';

/**
 * Builds the Pagefind index after the site is built. For Persian and English Pagefind
 * folds neither ي/ی nor the digit sets, so their pages' text goes in folded, and the
 * search box folds the query the same way (src/search/fold.ts); Arabic text goes in as
 * written, for Pagefind's Arabic stemmer folds it (src/search/unfold.ts). Only pages whose <main> says
 * `data-pagefind-body` are indexed, each in its own language's index.
 *
 * Next to a folded index goes the list of spellings folding took away from its
 * language, for results to show. It is a file of its own because Pagefind indexes
 * every word of a page's metadata.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const texts = new Map<Locale, string[]>();
        let pages = 0;
        for (const { url, html, lang } of await builtPages(root)) {
          if (!isLocale(lang) || !html.includes('data-pagefind-body')) continue;
          const added = await index.addHTMLFile({ url, content: pageForIndex(html, lang) });
          if (added.errors.length > 0) throw new Error(`Pagefind, ${url}: ${added.errors.join('; ')}`);
          pages++;
          if (indexedAsWritten.has(lang)) continue;
          if (!texts.has(lang)) texts.set(lang, []);
          texts.get(lang)!.push(...indexedTexts(html));
        }
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        for (const [locale, localeTexts] of texts) {
          const spellings = unfoldingsOf(localeTexts, locale);
          await writeFile(join(root, spellingsUrl(locale)), JSON.stringify(spellings));
          logger.info(`${locale}: ${Object.keys(spellings).length} spellings to restore in results`);
        }
        logger.info(`indexed ${pages} pages`);
      },
    },
  };
}
