import { base } from '../i18n/paths';
import { isCourseCache, offlinePagePath } from './rules';

/** A page's own title, without the site's name after it. */
const titleOf = (html: string) => {
  const title = new DOMParser().parseFromString(html, 'text/html').title;
  const cut = title.lastIndexOf(' · ');
  return cut > 0 ? title.slice(0, cut) : title;
};

/**
 * Fills the offline page's list (src/pages/[locale]/offline/) with the pages of its
 * language this device has kept: those the reader opened and, once saved, the whole course.
 */
export async function listSavedPages() {
  const box = document.querySelector<HTMLElement>('.saved-pages');
  const list = box?.querySelector('ul');
  if (!box || !list || !('caches' in window)) return;
  const prefix = `${base}${document.documentElement.lang}/`;
  const found = new Map<string, string>();
  for (const name of (await caches.keys()).filter(isCourseCache)) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const { pathname } = new URL(request.url);
      if (
        !pathname.startsWith(prefix) ||
        !pathname.endsWith('/') ||
        pathname === `${base}${offlinePagePath(document.documentElement.lang)}`
      )
        continue;
      if (found.has(pathname)) continue;
      const response = await cache.match(request);
      if (response) found.set(pathname, titleOf(await response.text()));
    }
  }
  if (found.size === 0) return;
  // By address, so that lessons, glossary terms and calculators stay together.
  for (const [pathname, title] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    const item = document.createElement('li');
    const link = item.appendChild(document.createElement('a'));
    link.href = pathname;
    link.textContent = title;
    list.append(item);
  }
  box.hidden = false;
  document.querySelector<HTMLElement>('.saved-none')?.setAttribute('hidden', '');
}
