import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localeCodes, locales, type Locale } from '../../src/i18n/locales';
import type { BuiltPage } from '../../src/integrations/built-pages';
import { islandStyle, moveIslandStyleToHead } from '../../src/integrations/island-style';
import { contentHash, subsetFonts } from '../../src/integrations/subset-fonts';

// The steps that run on the built site (src/integrations/), on small fixtures: what each
// changes, and that each throws, rather than carrying on, when what it must change is missing.

const page = (html: string, lang?: string): BuiltPage => ({ file: '/nowhere', url: '/x/', lang, html, written: html });

describe('moveIslandStyleToHead', () => {
  it('moves the island style from <body> to the end of <head>, unchanged', () => {
    const pages = [
      page(`<html><head><title>t</title></head><body><main>${islandStyle}<astro-island></astro-island></main></body></html>`),
      page('<html><head><title>t</title></head><body><main>no islands</main></body></html>'),
    ];
    expect(moveIslandStyleToHead(pages)).toBe(1);
    expect(pages[0]!.html).toBe(
      `<html><head><title>t</title>${islandStyle}</head><body><main><astro-island></astro-island></main></body></html>`,
    );
    expect(pages[1]!.html).toBe(pages[1]!.written);
  });

  it('throws when a page keeps a <style> in <body> it does not recognise', () => {
    const changed = islandStyle.replace('display:contents', 'display:contents;color:red');
    const pages = [page(`<html><head></head><body>${changed}<astro-island></astro-island></body></html>`)];
    expect(() => moveIslandStyleToHead(pages)).toThrow(/still has a <style> inside <body>/);
  });
});

describe('subsetFonts', () => {
  const fonts = localeCodes.flatMap((code) => (locales[code].font ? [{ code, ...locales[code].font }] : []));
  const installed = (file: string) =>
    readdirSync('node_modules/@fontsource-variable')
      .map((name) => `node_modules/@fontsource-variable/${name}/files/${file}.woff2`)
      .find((path) => existsSync(path))!;
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'subset-fonts-'));
    mkdirSync(join(root, '_astro'));
    for (const { file } of fonts) copyFileSync(installed(file), join(root, '_astro', `${file}.Old1234.woff2`));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A page as Astro writes one: its font preloaded, the @font-face inline, the style's hash in the policy. */
  const builtPage = (code: Locale, text: string) => {
    const { family, file } = locales[code].font!;
    const css = `@font-face{font-family:${family};src:url(/_astro/${file}.Old1234.woff2)format("woff2")}`;
    return page(
      `<html lang="${code}"><head><meta http-equiv="content-security-policy" content="style-src 'self' ${sha(css)} 'sha256-other='">` +
        `<link rel="preload" href="/_astro/${file}.Old1234.woff2" as="font" type="font/woff2" crossorigin><style>${css}</style></head>` +
        `<body><main>${text}</main></body></html>`,
      code,
    );
  };

  it('renames each subset by a hash of its bytes, removes the original and rewrites every reference and style hash', async () => {
    const pages = fonts.map(({ code }) => builtPage(code, 'ژ پ گ'));
    const done = await subsetFonts(root, pages);
    const files = readdirSync(join(root, '_astro')).sort();
    expect(files).toEqual(
      fonts
        .map(
          ({ file }) =>
            `${file}.${contentHash(
              readFileSync(
                join(
                  root,
                  '_astro',
                  files.find((f) => f.startsWith(file))!,
                ),
              ),
            )}.woff2`,
        )
        .sort(),
    );
    for (const [i, { file }] of fonts.entries()) {
      const html = pages[i]!.html;
      const name = files.find((f) => f.startsWith(`${file}.`))!;
      expect(done[i]!.to).toBe(`/_astro/${name}`);
      expect(done[i]!.bytesAfter).toBeLessThan(done[i]!.bytesBefore);
      expect(html).not.toContain('Old1234');
      expect(html).toContain(`<link rel="preload" href="/_astro/${name}"`);
      const css = /<style>([^<]*)<\/style>/.exec(html)![1]!;
      expect(css).toContain(`url(/_astro/${name})`);
      expect(html).toContain(`content="style-src 'self' ${sha(css)} 'sha256-other='"`);
    }
  });

  it('gives a subset a new name when its characters change', async () => {
    const first = await subsetFonts(
      root,
      fonts.map(({ code }) => builtPage(code, 'پ')),
    );
    rmSync(join(root, '_astro'), { recursive: true });
    mkdirSync(join(root, '_astro'));
    for (const { file } of fonts) copyFileSync(installed(file), join(root, '_astro', `${file}.Old1234.woff2`));
    // ڤ is in the fonts, but in no UI string and not among the characters always kept.
    const second = await subsetFonts(
      root,
      fonts.map(({ code }) => builtPage(code, 'پ ڤ')),
    );
    for (const [i, font] of first.entries()) expect(second[i]!.to, font.file).not.toBe(font.to);
  });

  it('throws when a font the locale table names is not among the built assets', async () => {
    rmSync(join(root, '_astro', `${fonts[0]!.file}.Old1234.woff2`));
    await expect(
      subsetFonts(
        root,
        fonts.map(({ code }) => builtPage(code, 'پ')),
      ),
    ).rejects.toThrow(/expected one .*\.woff2/);
  });

  it('throws when no page or stylesheet refers to a font', async () => {
    const pages = fonts.map(({ code }) => page(`<html lang="${code}"><head></head><body>پ</body></html>`, code));
    await expect(subsetFonts(root, pages)).rejects.toThrow(/nothing in the built pages or stylesheets refers to/);
  });

  it("throws when a rewritten style's hash is not in the page's policy", async () => {
    const pages = fonts.map(({ code }) => builtPage(code, 'پ'));
    for (const p of pages) p.html = p.html.replace(/'sha256-[^']*' 'sha256-other='/, "'sha256-other='");
    await expect(subsetFonts(root, pages)).rejects.toThrow(/Content-Security-Policy does not list/);
  });
});

describe('buildSearchIndex', () => {
  afterEach(() => {
    vi.doUnmock('pagefind');
    vi.resetModules();
  });

  /** The step with Pagefind replaced by a fake whose adding of pages fails as given. */
  async function withPagefind(addErrors: string[]) {
    const close = vi.fn(async () => null);
    vi.doMock('pagefind', () => ({
      createIndex: async () => ({
        errors: [],
        index: {
          addHTMLFile: async () => ({ errors: addErrors }),
          writeFiles: async () => ({ errors: [], outputPath: '' }),
        },
      }),
      close,
    }));
    const { buildSearchIndex } = await import('../../src/integrations/search-index');
    return { buildSearchIndex, close };
  }

  it('closes Pagefind when indexing a page fails', async () => {
    const { buildSearchIndex, close } = await withPagefind(['bad page']);
    const pages = [page(`<html lang="${localeCodes[0]}"><body><main data-pagefind-body>x</main></body></html>`, localeCodes[0])];
    await expect(buildSearchIndex('/nowhere', pages)).rejects.toThrow(/bad page/);
    expect(close).toHaveBeenCalledOnce();
  });

  it('throws, and closes Pagefind, when no page is marked for indexing', async () => {
    const { buildSearchIndex, close } = await withPagefind([]);
    const pages = [page(`<html lang="${localeCodes[0]}"><body><main>x</main></body></html>`, localeCodes[0])];
    await expect(buildSearchIndex('/nowhere', pages)).rejects.toThrow(/nothing to index/);
    expect(close).toHaveBeenCalledOnce();
  });
});
