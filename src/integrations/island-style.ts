import type { BuiltPage } from './built-pages';

/** The rule Astro writes for its island wrappers, as it writes it (astro 7.3). */
export const islandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/**
 * Astro writes the style its islands need just before a page's first island, inside
 * <body>, where HTML allows no <style> (withastro/astro#10308). This moves it, unchanged,
 * to the end of <head>: the page is valid, the rule applies before any island is parsed,
 * and the hash in the page's Content-Security-Policy still matches it.
 *
 * Throws when any page is left with a <style> in its <body>: Astro then writes the rule
 * differently (update `islandStyle`) or something else puts styles there. Once Astro
 * writes the rule into <head> itself, this finds nothing to move, throws nothing, and can go.
 * Returns how many pages it changed.
 */
export function moveIslandStyleToHead(pages: readonly BuiltPage[]): number {
  let moved = 0;
  for (const page of pages) {
    const body = page.html.indexOf('<body');
    const at = page.html.indexOf(islandStyle);
    if (body >= 0 && at > body) {
      page.html = page.html.replace(islandStyle, '').replace('</head>', `${islandStyle}</head>`);
      moved++;
    }
    const left = body >= 0 ? /<style\b[^>]*>.{0,80}/s.exec(page.html.slice(page.html.indexOf('<body'))) : null;
    if (left) {
      throw new Error(
        `island style: ${page.url} still has a <style> inside <body>, which this step does not recognise: ` +
          `${JSON.stringify(left[0])}. Expected exactly ${JSON.stringify(islandStyle)} (src/integrations/island-style.ts).`,
      );
    }
  }
  return moved;
}
