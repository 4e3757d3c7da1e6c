import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { localeCodes } from '../../src/i18n/locales';
import { localeLiterals } from '../locale-literals';

/** The one file that may name locales; `src/i18n/ui/<code>.json` may be named after one. */
const table = join('src', 'i18n', 'locales.ts');
const isLocaleStrings = (file: string) => file.endsWith('.json') && localeCodes.some((code) => basename(file) === `${code}.json`);

const sources = readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((file) => file !== table && !isLocaleStrings(file))
  .sort();

describe('locale codes', () => {
  it('are read from the locale table everywhere in src/', () => {
    const found = sources.flatMap((file) => localeLiterals(readFileSync(file, 'utf8'), localeCodes).map((hit) => `${file}:${hit}`));
    expect(found).toEqual([]);
  });

  it('are scanned for in every kind of source file', () => {
    expect(sources.length).toBeGreaterThan(50);
    for (const extension of ['.ts', '.tsx', '.astro', '.css']) expect(sources.some((file) => file.endsWith(extension))).toBe(true);
  });
});

// The checker must itself catch what it claims to, and only that.
describe('localeLiterals', () => {
  const codes = ['en', 'ar', 'fa'];

  it.each([
    ["locale === 'ar'", "'ar'"],
    ['lang="fa"', '"fa"'],
    ['t(`en`)', '`en`'],
    ['entry.data.en.term', '.en'],
    ['uiStrings.fa["site.name"]', '.fa'],
    ["fetch('/pagefind/spellings.fa.json')", '.fa'],
    ['z.object({ en: schema, ar: schema })', 'en:'],
    ['const zero = {\n  fa: 0x6f0,\n}', 'fa:'],
    ["import ar from './ui/ar.json';", 'import ar'],
    ['ol:lang(fa) { list-style-type: persian; }', ':lang(fa)'],
    ['<span lang=ar>', 'lang=ar'],
    ['[lang|=fa] { }', 'lang|=fa'],
  ])('flags %j', (source, hit) => {
    expect(localeLiterals(source, codes).join()).toContain(hit);
  });

  it.each([
    ['Object.entries(far).length + arrow + fast'],
    ["import strings from './ui/en.json';"],
    ['// Latin digits for `ar`, as in /ar/lessons/'],
    ["/** `/ar/lessons/` for ('ar', 'lessons/') */"],
    ['<!-- lang="fa" -->'],
    ["const url = 'https://example.org/fa/';"],
    ['const { area: x } = y; header: z; x ? far : near;'],
    ['locales[locale].dir; localeCodes.map((code) => code);'],
    ['a::after { content: ""; } .card:hover {}'],
  ])('passes %j', (source) => {
    expect(localeLiterals(source, codes)).toEqual([]);
  });
});
