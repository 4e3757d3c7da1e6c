// What the offline support costs, read from a build: the service worker, fetched once
// after a page has loaded, and each language's whole course as "save the course" fetches
// it (src/offline/, src/integrations/offline.ts). Neither counts in a first load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes as a static host sends them: gzip, except for formats that are compressed already. */
const sent = (bytes, name) => (/\.(woff2|png)$/.test(name) ? bytes.length : gzipSync(bytes).length);

/** The file a URL under `base` names in `dist`. */
const fileOf = (dist, base, url) => join(dist, url.slice(base.length) + (url.endsWith('/') ? 'index.html' : ''));

export function offlineSizes(dist = 'dist', base = '/', locales = ['en', 'ar', 'fa']) {
  const worker = readFileSync(join(dist, 'sw.js'));
  return {
    worker: { bytes: worker.length, sentBytes: gzipSync(worker).length },
    courses: locales.map((locale) => {
      const list = JSON.parse(readFileSync(join(dist, locale, 'offline', 'course.json'), 'utf8'));
      let sentBytes = 0;
      for (const { url } of list.files) sentBytes += sent(readFileSync(fileOf(dist, base, url)), url);
      return { locale, files: list.files.length, bytes: list.bytes, sentBytes };
    }),
  };
}

/** The benchmark's section on them (bench/results.md). */
export function offlineLines(offline, kb) {
  return [
    'Offline: the service worker, fetched once after the first load, and the whole course of each language as "Save the course for offline use" downloads it (every page, their scripts, styles and fonts, the language\'s search index, the icons); the size the reader is told is the stored size. Neither is part of a first load.',
    '',
    `Service worker: ${kb(offline.worker.bytes)} KB, ${kb(offline.worker.sentBytes)} KB compressed.`,
    '',
    '| locale | files | stored KB | downloaded KB (compressed) |',
    '|---|--:|--:|--:|',
    ...offline.courses.map((c) => `| ${c.locale} | ${c.files} | ${kb(c.bytes)} | ${kb(c.sentBytes)} |`),
    '',
  ];
}
