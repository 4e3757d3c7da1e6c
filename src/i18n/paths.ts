import { defaultLocale, isLocale, localeCodes, type Locale } from './locales';

/** `'/'`, `'/course'` or `'course/'` → `'/'`, `'/course/'`: what the helpers below expect. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The site's addresses when it is served under `base` (`/` at a domain's root,
 * `/course/` in a folder). Every internal link goes through these, so that
 * `SITE_BASE=/course/ npm run build` moves the whole site (README, "Hosting").
 */
export function sitePaths(base: string) {
  const root = normalizeBase(base);

  /** `/course/favicon.svg` for 'favicon.svg': a file the site serves, under the base. */
  const withBase = (path = '') => root + path.replace(/^\/+/, '');

  /** A pathname as the site sees it without its base: `/course/ar/` → `/ar/`; one outside the base is returned as it is. */
  const withoutBase = (pathname: string) => (pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname);

  /** `/ar/lessons/` for ('ar', 'lessons/'); the path is given without a locale prefix. */
  const localizedPath = (locale: Locale, path = '') => withBase(`${locale}/${path.replace(/^\/+/, '')}`);

  /** The locale a page belongs to, from its URL; for components that MDX renders. */
  const localeFromPath = (pathname: string): Locale => {
    const first = withoutBase(pathname).split('/')[1];
    return isLocale(first) ? first : defaultLocale;
  };

  /** The same page in another language: `/ar/lessons/x/` → `/fa/lessons/x/`. */
  const switchLocale = (pathname: string, target: Locale) => {
    const [, first, ...rest] = withoutBase(pathname).split('/');
    const path = isLocale(first) ? rest.join('/') : withoutBase(pathname).replace(/^\/+/, '');
    return localizedPath(target, path);
  };

  return { base: root, withBase, withoutBase, localizedPath, localeFromPath, switchLocale };
}

// Astro and Vite set BASE_URL from astro.config.mjs's `base` (SITE_BASE), in pages and
// in the browser alike; outside them (the config itself, plain Node) there is none.
export const { base, withBase, withoutBase, localizedPath, localeFromPath, switchLocale } = sitePaths(import.meta.env?.BASE_URL ?? '/');

/** `getStaticPaths` for a page that exists once per locale. */
export function localeStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale }, props: { locale } }));
}
