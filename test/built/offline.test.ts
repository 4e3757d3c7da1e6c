import { describe, it, expect } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes, locales } from '../../src/i18n/locales';
import { builtHtml, builtPages } from '../browser/site';
import { isRedirect } from './pages';

// What the build wrote for offline use (src/integrations/offline.ts), read from dist/.
interface List {
  version: string;
  bytes: number;
  files: { url: string; bytes: number }[];
}
const listOf = (locale: string) => JSON.parse(readFileSync(`dist/${locale}/offline/course.json`, 'utf8')) as List;
const fileOf = (url: string) => join('dist', url.endsWith('/') ? `${url}index.html` : url);
const pages = builtPages();

describe.each(localeCodes)('offline, %s', (locale) => {
  const list = listOf(locale);

  it('lists every page of the language, and nothing that is not there', () => {
    const listed = new Set(list.files.map((file) => file.url));
    const sections = [
      'lessons',
      'glossary',
      'calculators',
      'recap',
      'assessment',
      'capstone',
      'certificate',
      'search',
      'sources',
      'offline',
    ];
    const own = pages.filter((p) => sections.some((section) => p.startsWith(`/${locale}/${section}/`)) && !isRedirect(builtHtml(p)));
    expect(own.length).toBeGreaterThan(50);
    expect(own.filter((p) => !listed.has(p))).toEqual([]);
    expect(listed.has(`/${locale}/`)).toBe(true);
    // Not the embeds (copies of listed pages for other sites) nor the trainer's kit with its answer keys.
    expect([...listed].filter((url) => url.includes('/embed/') || url.includes('/trainers/'))).toEqual([]);
    // The language's search index and its font come with it.
    expect([...listed].some((url) => url.startsWith(`/pagefind/fragment/${locale}_`))).toBe(true);
    if (locales[locale].font) expect([...listed].some((url) => url.includes(locales[locale].font!.file))).toBe(true);
  });

  it('tells the reader the size the files really have', () => {
    const onDisk = list.files.map((file) => statSync(fileOf(file.url)).size);
    expect(list.files.map((file) => file.bytes)).toEqual(onDisk);
    expect(list.bytes).toBe(onDisk.reduce((a, b) => a + b, 0));
  });

  it('has the version of the service worker the build wrote', () => {
    expect(list.version).toMatch(/^[0-9a-f]{12}$/);
    expect(readFileSync('dist/sw.js', 'utf8')).toContain(`"${list.version}"`);
  });

  it('has a manifest in its language, linked from every page of it, with its icons at their sizes', () => {
    const manifest = JSON.parse(readFileSync(`dist/${locale}/manifest.webmanifest`, 'utf8')) as {
      lang: string;
      dir: string;
      start_url: string;
      scope: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ lang: locale, dir: locales[locale].dir, start_url: `/${locale}/`, scope: `/${locale}/` });
    for (const icon of manifest.icons) {
      const png = readFileSync(fileOf(icon.src));
      // A PNG's width and height are the two big-endian words after its IHDR tag.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    const unlinked = pages
      .filter((p) => p.startsWith(`/${locale}/`) && !isRedirect(builtHtml(p)))
      .filter((p) => !builtHtml(p).includes(`<link rel="manifest" href="/${locale}/manifest.webmanifest">`));
    expect(unlinked).toEqual([]);
  });
});
