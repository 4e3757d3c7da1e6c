import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';
import { sitePaths } from '../i18n/paths';
import { spellingsFile } from '../search/unfold';
import { courseListPath, offlinePagePath, type CourseFile, type CourseList } from '../offline/rules';
import type { BuiltPage } from './built-pages';

/** A redirect page for an old address, which the course does not need offline. */
const isRedirect = (html: string) => /<meta http-equiv="refresh"/i.test(html);

/** Every `<base>_astro/…` file a text names, by its path under the base. */
const assetsIn = (text: string, base: string) =>
  [...text.matchAll(new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(_astro/[^"'\\s)?#]+)`, 'g'))].map((match) => match[1]!);

/**
 * The `_astro/` files `start` needs, followed through scripts' imports of each other
 * (`./chunk.js`, static or dynamic) and stylesheets' fonts.
 */
async function assetClosure(root: string, start: Iterable<string>, base: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    if (!/\.(js|css)$/.test(path)) continue;
    const text = await readFile(join(root, path), 'utf8');
    queue.push(...assetsIn(text, base));
    for (const [, name] of text.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) queue.push(`_astro/${name}`);
  }
  return seen;
}

/** A language's search index: Pagefind's script, worker and entry, and its language's own files. */
async function searchFiles(root: string, locale: Locale): Promise<string[]> {
  const entry = JSON.parse(await readFile(join(root, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const language = entry.languages[locale];
  if (!language) throw new Error(`offline: Pagefind's index has no ${locale} (pagefind/pagefind-entry.json)`);
  const own = async (dir: string) =>
    (await readdir(join(root, 'pagefind', dir))).filter((name) => name.startsWith(`${locale}_`)).map((name) => `pagefind/${dir}/${name}`);
  const spellings = spellingsFile(locale);
  return [
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    `pagefind/pagefind.${language.hash}.pf_meta`,
    `pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`,
    ...(await own('index')),
    ...(await own('fragment')),
    ...(await own('filter')),
    ...((await stat(join(root, spellings)).catch(() => null)) ? [spellings] : []),
  ];
}

/** What the offline step wrote: each language's list, and the worker's version. */
export interface OfflineBuild {
  version: string;
  lists: Map<Locale, CourseList>;
  workerBytes: number;
}

/**
 * Writes what the site needs to work offline (src/offline/):
 *
 * - `/<locale>/offline/course.json` for each language: every page of that language, the
 *   scripts, styles and fonts they use, its search index and the site's icons, with their
 *   sizes, for the "save the course" control to tell the reader and fetch;
 * - `/sw.js`, the service worker, with the build's version (a hash of every file those lists
 *   name, and of the worker's own code) and the offline pages it keeps on install.
 *
 * Throws when a page names a file the build did not write.
 */
export async function writeOffline(root: string, pages: readonly BuiltPage[], base: string): Promise<OfflineBuild> {
  const { withBase } = sitePaths(base);
  const hashes = new Map<string, string>();
  /** A file of the build, by its path in dist/; a page is listed by its address, not its file. */
  const describe = async (path: string): Promise<CourseFile> => {
    const bytes = await readFile(join(root, path)).catch(() => {
      throw new Error(`offline: ${path} is named by the site but the build did not write it`);
    });
    hashes.set(path, createHash('sha256').update(bytes).digest('hex'));
    return { url: withBase(path.replace(/(^|\/)index\.html$/, '$1')), bytes: bytes.length };
  };
  const pageFile = (url: string) => `${url.slice(1)}${url.endsWith('/') ? 'index.html' : ''}`;

  const lists = new Map<Locale, CourseList>();
  for (const locale of localeCodes) {
    // The learner's course: not the embeds (other sites' copies of pages already listed) nor the
    // trainer's kit (its answer keys are for trainers, and the download stays smaller).
    const own = pages.filter(
      (page) =>
        page.url.startsWith(`/${locale}/`) &&
        !['/404/', `/${locale}/embed/`, `/${locale}/trainers/`].some((part) => page.url.includes(part)) &&
        !isRedirect(page.html),
    );
    const assets = await assetClosure(root, new Set(own.flatMap((page) => assetsIn(page.html, base))), base);
    const files = [
      ...(await Promise.all(own.map((page) => describe(pageFile(page.url))))),
      ...(await Promise.all([...assets].sort().map((path) => describe(path)))),
      ...(await Promise.all((await searchFiles(root, locale)).map((path) => describe(path)))),
      ...(await Promise.all(
        ['favicon.svg', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png', `${locale}/manifest.webmanifest`].map(
          (path) => describe(path),
        ),
      )),
    ];
    lists.set(locale, { version: '', bytes: files.reduce((sum, file) => sum + file.bytes, 0), files });
  }

  // The offline pages, with what they load, are all a first visit's worker fetches.
  const offlinePages = localeCodes.map((locale) => pages.find((page) => page.url === `/${offlinePagePath(locale)}`));
  if (offlinePages.some((page) => page === undefined))
    throw new Error('offline: a language has no offline page (src/pages/[locale]/offline/)');
  const precacheAssets = await assetClosure(root, new Set(offlinePages.flatMap((page) => assetsIn(page!.html, base))), base);
  const precache = [...offlinePages.map((page) => withBase(page!.url)), ...[...precacheAssets].sort().map(withBase)];

  const worker = await build({
    entryPoints: [fileURLToPath(new URL('../offline/worker.ts', import.meta.url))],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    define: { OFFLINE: JSON.stringify({ base, version: '__VERSION__', locales: localeCodes, defaultLocale, precache }) },
  });
  const code = worker.outputFiles[0]!.text;
  const version = createHash('sha256')
    .update(code)
    .update([...hashes].sort().join('\n'))
    .digest('hex')
    .slice(0, 12);
  const workerCode = code.replace('__VERSION__', version);
  await writeFile(join(root, 'sw.js'), workerCode);
  for (const [locale, list] of lists) {
    list.version = version;
    await writeFile(join(root, courseListPath(locale)), JSON.stringify(list));
  }
  return { version, lists, workerBytes: Buffer.byteLength(workerCode) };
}
