import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { builtPages } from '../build/built-pages';
import { uiStrings } from '../i18n';
import { isLocale, locales, type Locale } from '../i18n/locales';

// Always kept, whatever the pages say today: every digit set, separators and signs, so
// that numbers an island formats at run time never fall back to another font.
const alwaysKept = '0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪%.,:;!?؟،؛«»()[]-–—+×÷=/ \u200C\u200D';

/** The font file each locale's pages use, by the name fonts.css gives it in dist/_astro. */
const fontFilePrefix: Partial<Record<Locale, string>> = {
  ar: 'noto-naskh-arabic-arabic-wght-normal.',
  fa: 'vazirmatn-arabic-wght-normal.',
};

const textOf = (html: string) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');

/**
 * Cuts each Arabic-script font down to the characters its locale's pages and UI
 * strings use (the variable Noto Naskh Arabic goes from 94 KB to about 20 KB), so a
 * page fetches one small font file per script. Runs after the build, in place.
 */
export function subsetFonts(): AstroIntegration {
  return {
    name: 'subset-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const characters = new Map<Locale, Set<string>>();
        for (const { html, lang } of await builtPages(root)) {
          // The root chooser and 404 pages show every language: count them for each.
          for (const locale of isLocale(lang) && lang !== 'en' ? [lang] : (Object.keys(locales) as Locale[])) {
            const set = characters.get(locale) ?? new Set(alwaysKept + Object.values(uiStrings[locale]).join(''));
            for (const char of textOf(html)) set.add(char);
            characters.set(locale, set);
          }
        }
        const assets = await readdir(join(root, '_astro'));
        for (const [locale, prefix] of Object.entries(fontFilePrefix) as [Locale, string][]) {
          for (const name of assets.filter((file) => file.startsWith(prefix) && file.endsWith('.woff2'))) {
            const path = join(root, '_astro', name);
            const original = await readFile(path);
            const subset = await subsetFont(original, [...(characters.get(locale) ?? [])].join(''), { targetFormat: 'woff2' });
            await writeFile(path, subset);
            logger.info(`${name}: ${original.length} → ${subset.length} bytes`);
          }
        }
      },
    },
  };
}
