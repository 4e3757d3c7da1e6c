import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { uiStrings } from '../i18n';
import { isLocale, localeCodes, locales, type Locale } from '../i18n/locales';
import { digitsOf } from '../i18n/digits';
import type { BuiltPage } from './built-pages';

// Always kept, whatever the pages say today: every digit set, separators and signs, so
// that numbers an island formats at run time never fall back to another font.
const alwaysKept = `0123456789${localeCodes.map(digitsOf).join('')}٫٬٪%.,:;!?؟،؛«»()[]-–—+×÷=/ \u200C\u200D`;

/** A page's text, roughly as a reader sees it: no scripts, styles or tags. */
const textOf = (html: string) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');

/**
 * The name a file gets from its own bytes, in the shape Vite gives assets
 * (`<name>.<hash>.<ext>`), so a file whose content changes changes its URL: `/_astro/*` is
 * served as immutable for a year (public/_headers).
 */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 10);
}

/** One font file the locale table names, as this step left it. */
export interface SubsetFont {
  /** The locale table's name for it: `vazirmatn-arabic-wght-normal`. */
  file: string;
  /** The languages set in it. */
  locales: Locale[];
  /** `/_astro/<file>.<hash of the original>.woff2`, as Vite wrote it. */
  from: string;
  /** `/_astro/<file>.<hash of the subset>.woff2`. */
  to: string;
  bytesBefore: number;
  bytesAfter: number;
}

/** The characters each language's pages use, with its UI strings and what is always kept. */
export function charactersByLocale(pages: readonly BuiltPage[]): Map<Locale, Set<string>> {
  const characters = new Map<Locale, Set<string>>();
  for (const { html, lang } of pages) {
    // A page in a language with a font of its own counts for that language; the others
    // (in the system font, the root chooser, the 404 page) show every script.
    for (const locale of isLocale(lang) && locales[lang].font ? [lang] : localeCodes) {
      const set = characters.get(locale) ?? new Set(alwaysKept + Object.values(uiStrings[locale]).join(''));
      for (const char of textOf(html)) set.add(char);
      characters.set(locale, set);
    }
  }
  return characters;
}

/**
 * Cuts each Arabic-script font down to the characters its languages' pages and UI
 * strings use (the variable Noto Naskh Arabic goes from 94 KB to about 20 KB), so a page
 * fetches one small font file per script.
 *
 * The subset is written under a name made from its own bytes, the original removed, and
 * every reference rewritten: the preload links in the pages and the `@font-face` rules,
 * which Astro inlines into the pages' <style> (whose hashes in each page's
 * Content-Security-Policy are rewritten to match) or writes to `_astro/*.css` (renamed by
 * their new bytes in turn). Throws when a font the locale table names is not in
 * `_astro/`, or is referenced nowhere.
 */
export async function subsetFonts(root: string, pages: BuiltPage[]): Promise<SubsetFont[]> {
  const characters = charactersByLocale(pages);
  const assetsDir = join(root, '_astro');
  const assets = await readdir(assetsDir);
  const files = [...new Set(localeCodes.flatMap((code) => locales[code].font?.file ?? []))];
  const done: SubsetFont[] = [];
  const renames = new Map<string, string>();
  for (const file of files) {
    // Vite names it `<file>.<hash>.woff2`.
    const names = assets.filter((asset) => asset.startsWith(`${file}.`) && asset.endsWith('.woff2'));
    if (names.length !== 1) {
      throw new Error(
        `subset fonts: expected one ${file}.<hash>.woff2 in ${assetsDir}, found ${names.length ? names.join(', ') : 'none'}. ` +
          "Has the font file (src/styles/fonts.css, the locale table) or Vite's asset naming changed?",
      );
    }
    const name = names[0]!;
    // Every language set in this font, should it serve more than one.
    const users = localeCodes.filter((code) => locales[code].font?.file === file);
    const kept = [...new Set(users.flatMap((code) => [...(characters.get(code) ?? [])]))].join('');
    const original = await readFile(join(assetsDir, name));
    const subset = await subsetFont(original, kept, { targetFormat: 'woff2' });
    const subsetName = `${file}.${contentHash(subset)}.woff2`;
    await writeFile(join(assetsDir, subsetName), subset);
    if (subsetName !== name) await rm(join(assetsDir, name));
    renames.set(`/_astro/${name}`, `/_astro/${subsetName}`);
    done.push({
      file,
      locales: users,
      from: `/_astro/${name}`,
      to: `/_astro/${subsetName}`,
      bytesBefore: original.length,
      bytesAfter: subset.length,
    });
  }
  const referenced = new Set<string>();
  await rewriteStylesheets(assetsDir, assets, pages, renames, referenced);
  rewritePages(pages, renames, referenced);
  const unreferenced = [...renames.keys()].filter((url) => !referenced.has(url));
  if (unreferenced.length > 0) {
    throw new Error(
      `subset fonts: nothing in the built pages or stylesheets refers to ${unreferenced.join(', ')}, so the subset cannot replace it. ` +
        'How does the site load its fonts now (src/styles/fonts.css, src/components/FontPreload.astro)?',
    );
  }
  return done;
}

/** Replaces every old URL in `text` by its new one, noting which were found. */
function replaceUrls(text: string, renames: ReadonlyMap<string, string>, referenced: Set<string>): string {
  let result = text;
  for (const [from, to] of renames) {
    if (!result.includes(from)) continue;
    referenced.add(from);
    result = result.replaceAll(from, to);
  }
  return result;
}

/** `_astro/*.css` that name a font: rewritten, then renamed by their new bytes, and the pages' links to them with them. */
async function rewriteStylesheets(
  assetsDir: string,
  assets: readonly string[],
  pages: readonly BuiltPage[],
  renames: Map<string, string>,
  referenced: Set<string>,
) {
  const cssRenames = new Map<string, string>();
  for (const name of assets.filter((asset) => asset.endsWith('.css'))) {
    const css = await readFile(join(assetsDir, name), 'utf8');
    const rewritten = replaceUrls(css, renames, referenced);
    if (rewritten === css) continue;
    const renamed = name.replace(/\.[^.]+\.css$/, '') + `.${contentHash(Buffer.from(rewritten))}.css`;
    await writeFile(join(assetsDir, renamed), rewritten);
    await rm(join(assetsDir, name));
    cssRenames.set(`/_astro/${name}`, `/_astro/${renamed}`);
  }
  const cssReferenced = new Set<string>();
  for (const page of pages) page.html = replaceUrls(page.html, cssRenames, cssReferenced);
  const lost = [...cssRenames.keys()].filter((url) => !cssReferenced.has(url));
  if (lost.length > 0) throw new Error(`subset fonts: renamed ${lost.join(', ')}, but no page links to it`);
}

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const digest = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('base64');

/**
 * Rewrites the font URLs in each page: its preload link, and its inline <style>, whose
 * hash its Content-Security-Policy lists. Every page lists every inline style's hash
 * (Astro collects them site-wide), so the old hash is replaced by the new one wherever it is.
 */
function rewritePages(pages: readonly BuiltPage[], renames: ReadonlyMap<string, string>, referenced: Set<string>) {
  const hashes = new Map<string, string>();
  for (const page of pages) {
    const policy = cspMeta.exec(page.html)?.[1];
    page.html = page.html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (whole, open: string, css: string, close: string) => {
      const rewritten = replaceUrls(css, renames, referenced);
      if (rewritten === css) return whole;
      if (policy !== undefined) {
        const algorithms = ['sha256', 'sha384', 'sha512'].filter((algorithm) =>
          policy.includes(`'${algorithm}-${digest(algorithm, css)}'`),
        );
        if (algorithms.length === 0) {
          throw new Error(`subset fonts: ${page.url} has a <style> naming a font whose hash its Content-Security-Policy does not list`);
        }
        for (const algorithm of algorithms)
          hashes.set(`'${algorithm}-${digest(algorithm, css)}'`, `'${algorithm}-${digest(algorithm, rewritten)}'`);
      }
      return open + rewritten + close;
    });
    // What is left outside <style>: the preload links.
    page.html = replaceUrls(page.html, renames, referenced);
  }
  for (const page of pages) {
    page.html = page.html.replace(cspMeta, (meta) => {
      let rewritten = meta;
      for (const [from, to] of hashes) rewritten = rewritten.replaceAll(from, to);
      return rewritten;
    });
  }
}
