import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font as FontFile } from 'fontkitten';
import { isLocale, localeCodes, locales, type Locale } from '../../src/i18n/locales';
import { contentHash } from '../../src/integrations/subset-fonts';
import { builtHtml, builtPages } from '../browser/site';

// The fonts the build cut down (src/integrations/subset-fonts.ts): each is named by a hash
// of its own bytes, so a new subset gets a new URL under the year-long immutable cache of
// /_astro/*; every reference names that file; and it has a glyph for every character its
// languages' pages show, that the font the site installs has.

const pages = builtPages().map((path) => ({ path, html: builtHtml(path) }));
const fontLocales = localeCodes.filter((code) => locales[code].font);
const assets = readdirSync(join('dist', '_astro'));
const openFont = (bytes: Buffer) => create(bytes) as FontFile;

const decode = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(quot|apos|lt|gt|nbsp|amp);/g,
      (_, name: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00A0', amp: '&' })[name]!,
    );

/** Every string in an island's serialised props (Astro writes `[type, value]` pairs). */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/**
 * What a page can show in its own fonts: its text, the text of attributes that are drawn
 * (placeholder, alt, value), and every string its islands were given to show later.
 */
function shownText(html: string): string {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  const drawn = [...html.matchAll(/\s(?:placeholder|alt|value)="([^"]*)"/g)].map((m) => m[1]);
  const props = [...html.matchAll(/<astro-island\b[^>]*\sprops="([^"]*)"/g)].flatMap((m) => strings(JSON.parse(decode(m[1]!))));
  return decode([text, ...drawn].join(' ')) + props.join(' ');
}

/** The code points a `unicode-range` descriptor names. */
function inRange(range: string): (codePoint: number) => boolean {
  const spans = range.split(',').map((part) => {
    // `U+600-6FF`, `U+200C`, or with wildcards as minifiers write it: `U+6??`.
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(from.replaceAll('?', '0'), 16), parseInt(to!.replaceAll('?', 'F'), 16)] as const;
  });
  return (codePoint) => spans.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The `@font-face` rules of the pages' inline styles and of any built stylesheet. */
const fontFaces = [
  ...pages.flatMap(({ html }) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!)),
  ...assets.filter((name) => name.endsWith('.css')).map((name) => readFileSync(join('dist', '_astro', name), 'utf8')),
].flatMap((css) => [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!));

describe.each(fontLocales)('the %s font', (locale: Locale) => {
  const font = locales[locale].font!;
  const files = assets.filter((name) => name.startsWith(`${font.file}.`) && name.endsWith('.woff2'));
  const url = `/_astro/${files[0]}`;
  const bytes = () => readFileSync(join('dist', url));
  const faces = fontFaces.filter((face) => new RegExp(`font-family:\\s*['"]?${font.family}['"]?\\s*;`).test(face));

  it('is one file, named by a hash of its own bytes', () => {
    expect(files).toHaveLength(1);
    expect(files[0]).toBe(`${font.file}.${contentHash(bytes())}.woff2`);
  });

  it('is the file every @font-face of its family and every preload link names', () => {
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) expect([...face.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!.replace(/['"]/g, ''))).toEqual([url]);
    const ownPages = pages.filter(({ html }) => /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] === locale);
    expect(ownPages.length).toBeGreaterThan(10);
    for (const { path, html } of ownPages) {
      const preloads = [...html.matchAll(/<link\b[^>]*rel="preload"[^>]*>/g)].filter(([link]) => link.includes('as="font"'));
      expect(
        preloads.map(([link]) => /href="([^"]+)"/.exec(link)?.[1]),
        path,
      ).toEqual([url]);
    }
  });

  it("has a glyph for every character its languages' pages show, as the installed font does", () => {
    const subset = openFont(bytes());
    const original = openFont(readFileSync(`node_modules/${installedFont(font.file)}`));
    const range = inRange(/unicode-range:\s*([^;]+)/.exec(faces[0] ?? '')?.[1] ?? 'U+0-10FFFF');
    const users = localeCodes.filter((code) => locales[code].font?.file === font.file);
    const shown = new Map<number, string>();
    for (const { path, html } of pages) {
      const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
      // A page in a language with its own font is set in that font; the others (the root
      // chooser, the site-wide 404) show each language's name in its own font.
      const setIn = isLocale(lang) && locales[lang].font ? [lang] : localeCodes;
      if (!setIn.some((code) => users.includes(code))) continue;
      for (const char of shownText(html)) {
        const codePoint = char.codePointAt(0)!;
        if (range(codePoint) && original.hasGlyphForCodePoint(codePoint) && !shown.has(codePoint)) shown.set(codePoint, path);
      }
    }
    expect(shown.size).toBeGreaterThan(30);
    const missing = [...shown]
      .filter(([codePoint]) => !subset.hasGlyphForCodePoint(codePoint))
      .map(
        ([codePoint, path]) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(codePoint)} (${path})`,
      );
    expect(missing).toEqual([]);
  });
});

/** Where the Fontsource package that ships a font file keeps it, under node_modules/. */
function installedFont(file: string): string {
  const found = ['@fontsource-variable', '@fontsource']
    .filter((scope) => existsSync(join('node_modules', scope)))
    .flatMap((scope) => readdirSync(join('node_modules', scope)).map((name) => join(scope, name, 'files', `${file}.woff2`)))
    .find((path) => existsSync(join('node_modules', path)));
  if (!found) throw new Error(`no installed Fontsource package has ${file}.woff2`);
  return found;
}
