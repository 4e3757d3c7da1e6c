/**
 * What the service worker (worker.ts), the build step that writes its lists
 * (src/integrations/offline.ts) and the pages that save the course agree on. Pure: no
 * DOM, no worker globals, so the unit tests run it as it is.
 */

/** One file a language's course needs offline, as the build lists it. */
export interface CourseFile {
  /** Its address, under the site's base. */
  url: string;
  bytes: number;
}

/** `/<locale>/offline/course.json`: everything a language's course needs offline. */
export interface CourseList {
  /** The build's version: the worker's cache is named by it. */
  version: string;
  /** The sum of `files`' bytes, which the reader is told before saving. */
  bytes: number;
  files: CourseFile[];
}

/** Where a language's list is, relative to the site's base: saved last, so it marks that language as saved. */
export const courseListPath = (locale: string) => `${locale}/offline/course.json`;

/** The page served in place of a page that is neither reachable nor saved, relative to the base. */
export const offlinePagePath = (locale: string) => `${locale}/offline/`;

/** The one cache a build's worker keeps: a new build's worker deletes every other. */
export const cacheName = (version: string) => `course-${version}`;

/** Caches this site's workers own (and so may delete), told apart from any other script's. */
export const isCourseCache = (name: string) => name.startsWith('course-');

/**
 * The key a response is kept under: its address without query or fragment, so that a
 * calculator opened from a shared link (`/en/calculators/roi/?order=28…`) is the page saved.
 */
export function cacheKey(url: string): string {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

/**
 * Whether the worker handles a request at all: a GET for this site's own origin, under its
 * base, but never a language's course list. Only a finished save may store that list, since
 * its presence is what says the language is saved; the reader who asks its size and then
 * cancels has saved nothing.
 */
export function handles(request: { method: string; url: string }, origin: string, base: string): boolean {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url);
  return url.origin === origin && url.pathname.startsWith(base) && !url.pathname.endsWith(courseListPath(''));
}

/** Files named by their content (`/_astro/`): one at a given address never changes, so the cache answers first. */
export const isImmutable = (pathname: string, base: string) => pathname.startsWith(`${base}_astro/`);

/** The language a pathname under `base` belongs to, if it names one of `locales` first. */
export function localeOf(pathname: string, base: string, locales: readonly string[]): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const first = pathname.slice(base.length).split('/')[0];
  return first !== undefined && locales.includes(first) ? first : undefined;
}
