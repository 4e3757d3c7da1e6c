import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-pages';

/** The rule Astro writes for its island wrappers, as it writes it. */
const islandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/**
 * Astro writes the style its islands need just before a page's first island, inside
 * <body>, where HTML allows no <style> (withastro/astro#10308). This moves it, unchanged,
 * to the end of <head>: the page is valid, the rule applies before any island is parsed,
 * and the hash in the page's Content-Security-Policy still matches it. If Astro ever
 * writes the rule differently, nothing moves and the HTML validation test says so.
 */
export function islandStyleInHead(): AstroIntegration {
  return {
    name: 'island-style-in-head',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let moved = 0;
        for (const { file, html } of await builtPages(fileURLToPath(dir))) {
          const at = html.indexOf(islandStyle);
          if (at < html.indexOf('<body')) continue;
          await writeFile(file, html.replace(islandStyle, '').replace('</head>', `${islandStyle}</head>`));
          moved++;
        }
        logger.info(`moved the island style into <head> on ${moved} pages`);
      },
    },
  };
}
