import { isCourseCache } from './rules';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * A page's own title, without the site's name after it. Read with a pattern, not
 * DOMParser: parsing a whole page would apply its inline styles against this page's
 * Content-Security-Policy, which lists only its own.
 */
export function titleOf(html: string): string {
  const title = (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, name: string) => entities[name]!,
  );
  const cut = title.lastIndexOf(' · ');
  return cut > 0 ? title.slice(0, cut) : title;
}

/**
 * The pages under `prefix` (a language's home, `/course/fa/`) this device has kept, with
 * their titles, by address so that lessons, glossary terms and calculators stay together:
 * those the reader opened and, once saved, the whole course. `except` is left out.
 */
export async function savedPages(prefix: string, except: string): Promise<{ href: string; title: string }[]> {
  const found = new Map<string, string>();
  for (const name of (await caches.keys()).filter(isCourseCache)) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const { pathname } = new URL(request.url);
      if (!pathname.startsWith(prefix) || !pathname.endsWith('/') || pathname === except || found.has(pathname)) continue;
      const response = await cache.match(request);
      if (response) found.set(pathname, titleOf(await response.text()));
    }
  }
  return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([href, title]) => ({ href, title }));
}
