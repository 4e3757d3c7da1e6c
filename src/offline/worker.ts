/**
 * The service worker, bundled to `<base>sw.js` by the build (src/integrations/offline.ts),
 * which fills in `OFFLINE`. Pages come from the network first and from the cache when the
 * network fails; content-hashed files from the cache first. Every page and file the reader
 * opens is kept; a whole language is kept when the reader saves it (SaveCourse.astro).
 * A new build's worker waits until the reader reloads (UpdateNotice.astro), then deletes
 * the old build's cache.
 */
import {
  cacheKey,
  cacheName,
  courseListPath,
  handles,
  isCourseCache,
  isImmutable,
  localeOf,
  offlinePagePath,
  type CourseList,
} from './rules';

declare const OFFLINE: { base: string; version: string; locales: string[]; defaultLocale: string; precache: string[] };

// The parts of the service worker scope this uses: the DOM's types, which the rest of the
// project compiles against, do not describe it, and the two libraries cannot be combined.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const scope = self as unknown as WorkerScope;
const { base, version, locales, defaultLocale, precache } = OFFLINE;
const current = cacheName(version);
const origin = scope.location.origin;

/** Keeps a good, same-origin response under its key; a failure to store (storage full) loses nothing but the copy. */
async function keep(cache: Cache, request: Request | string, response: Response) {
  if (response.ok && response.type === 'basic') {
    const url = typeof request === 'string' ? new URL(request, origin).href : request.url;
    await cache.put(cacheKey(url), response.clone()).catch(() => undefined);
  }
  return response;
}

/**
 * The languages the reader saved under the build before this one: those whose list is in
 * an older cache. Installing this build saves them again, so a new deploy leaves the
 * reader with the new course, not the old one and not none.
 */
async function savedBefore(): Promise<string[]> {
  const saved: string[] = [];
  for (const name of (await caches.keys()).filter((key) => isCourseCache(key) && key !== current)) {
    const old = await caches.open(name);
    for (const locale of locales) if (await old.match(`${origin}${base}${courseListPath(locale)}`)) saved.push(locale);
  }
  return [...new Set(saved)];
}

async function install() {
  const cache = await caches.open(current);
  // Only the small offline pages; the course itself is saved on request, after first load.
  await cache.addAll(precache);
  for (const locale of await savedBefore()) {
    const listUrl = `${base}${courseListPath(locale)}`;
    const response = await fetch(listUrl, { cache: 'no-store' });
    const list = (await response.clone().json()) as CourseList;
    await cache.addAll(list.files.map((file) => file.url));
    await cache.put(listUrl, response);
  }
}

scope.addEventListener('install', (event) => event.waitUntil(install()));

scope.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      const stale = (await caches.keys()).filter((name) => isCourseCache(name) && name !== current);
      await Promise.all(stale.map((name) => caches.delete(name)));
      await scope.clients.claim();
    })(),
  ),
);

// The update notice's reload button (UpdateNotice.astro).
scope.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void scope.skipWaiting();
});

async function fromNetworkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(current);
  try {
    return await keep(cache, request, await fetch(request));
  } catch (error) {
    const saved = await cache.match(request, { ignoreSearch: true });
    if (saved) return saved;
    if (request.mode === 'navigate') {
      const locale = localeOf(new URL(request.url).pathname, base, locales) ?? defaultLocale;
      const page = await cache.match(`${base}${offlinePagePath(locale)}`);
      if (page) return page;
    }
    throw error;
  }
}

async function fromCacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(current);
  return (await cache.match(request, { ignoreSearch: true })) ?? keep(cache, request, await fetch(request));
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!handles(request, origin, base) || request.headers.has('range')) return;
  event.respondWith(isImmutable(new URL(request.url).pathname, base) ? fromCacheFirst(request) : fromNetworkFirst(request));
});
