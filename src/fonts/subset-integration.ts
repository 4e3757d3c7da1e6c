import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { builtPages } from '../build/built-pages';
import { uiStrings } from '../i18n';
import { isLocale, localeCodes, locales, type Locale } from '../i18n/locales';
import { digitsOf } from '../i18n/digits';

// Always kept, whatever the pages say today: every digit set, separators and signs, so
// that numbers an island formats at run time never fall back to another font.
const alwaysKept = `0123456789${localeCodes.map(digitsOf).join('')}٫٬٪%.,:;!?؟،؛«»()[]-–—+×÷=/ \u200C\u200D`;

/** The font files the locale table names; Vite names them `<file>.<hash>.woff2` in dist/_astro. */
const fontFiles = new Set(localeCodes.flatMap((code) => locales[code].font?.file ?? []));

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
          // A page in a language with a font of its own counts for that language; the others
          // (in the system font, the root chooser, the 404 page) show every script.
          for (const locale of isLocale(lang) && locales[lang].font ? [lang] : localeCodes) {
            const set = characters.get(locale) ?? new Set(alwaysKept + Object.values(uiStrings[locale]).join(''));
            for (const char of textOf(html)) set.add(char);
            characters.set(locale, set);
          }
        }
        const assets = await readdir(join(root, '_astro'));
        for (const file of fontFiles) {
          // Every language set in this font, should it serve more than one.
          const users = localeCodes.filter((code) => locales[code].font?.file === file);
          const kept = users.flatMap((code) => [...(characters.get(code) ?? [])]).join('');
          for (const name of assets.filter((asset) => asset.startsWith(`${file}.`) && asset.endsWith('.woff2'))) {
            const path = join(root, '_astro', name);
            const original = await readFile(path);
            const subset = await subsetFont(original, kept, { targetFormat: 'woff2' });
            await writeFile(path, subset);
            logger.info(`${name}: ${original.length} → ${subset.length} bytes`);
          }
        }
      },
    },
  };
}
