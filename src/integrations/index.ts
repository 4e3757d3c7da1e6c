import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readBuiltPages, writeChangedPages } from './built-pages';
import { moveIslandStyleToHead } from './island-style';
import { buildSearchIndex } from './search-index';
import { subsetFonts } from './subset-fonts';
import { labelTableCells } from './table-labels';
import { writeOffline } from './offline';
import { normalizeBase } from '../i18n/paths';

/**
 * What happens to the built site before it is done, in order: the island style moves
 * into <head>, table cells take their column's heading as a label, the fonts are cut down
 * to the characters the pages use and renamed by their new bytes, Pagefind indexes the
 * pages, and the service worker and each language's list of what to save offline are
 * written. The pages are read once, each step
 * changes them in memory, and the changed ones are written back once. Each step throws
 * when what it must change is not there, which fails the build.
 */
export function postBuild(): AstroIntegration {
  // Pages are written at the root of dist/ and link to each other under the site's base.
  let base = '/';
  return {
    name: 'post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await readBuiltPages(root);
        logger.info(`read ${pages.length} pages`);

        const moved = moveIslandStyleToHead(pages);
        logger.info(`island style moved into <head> on ${moved} pages`);

        logger.info(`${labelTableCells(pages)} tables' cells labelled with their column headings`);

        for (const font of await subsetFonts(root, pages)) {
          logger.info(`${font.from} → ${font.to}: ${font.bytesBefore} → ${font.bytesAfter} bytes`);
        }

        logger.info(`wrote ${await writeChangedPages(pages)} changed pages`);

        const index = await buildSearchIndex(root, pages);
        for (const [locale, count] of index.spellings) logger.info(`search, ${locale}: ${count} spellings to restore in results`);
        logger.info(`search: indexed ${index.pages} pages`);

        const offline = await writeOffline(root, pages, base);
        for (const [locale, list] of offline.lists) logger.info(`offline, ${locale}: ${list.files.length} files, ${list.bytes} bytes`);
        logger.info(`offline: worker version ${offline.version}, ${offline.workerBytes} bytes`);
      },
    },
  };
}
