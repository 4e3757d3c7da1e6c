import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtPages } from '../build/built-pages';
import { isLocale } from '../i18n/locales';
import { foldHtmlText } from './fold-html';

/**
 * Builds the Pagefind index after the site is built. Pagefind folds neither ي/ی nor
 * the digit sets, so each page's text goes in folded for its own locale, and the
 * search box folds the query the same way (src/search/fold.ts). Only pages whose
 * <main> says `data-pagefind-body` are indexed, each in its own language's index.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        let pages = 0;
        for (const { url, html, lang } of await builtPages(root)) {
          if (!isLocale(lang) || !html.includes('data-pagefind-body')) continue;
          const added = await index.addHTMLFile({ url, content: foldHtmlText(html, lang) });
          if (added.errors.length > 0) throw new Error(`Pagefind, ${url}: ${added.errors.join('; ')}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${pages} pages`);
      },
    },
  };
}
