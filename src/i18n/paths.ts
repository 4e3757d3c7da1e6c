import { defaultLocale, isLocale, localeCodes, type Locale } from './locales';

/** `/ar/lessons/` for ('ar', 'lessons/'); the path is given without a locale prefix. */
export function localizedPath(locale: Locale, path = ''): string {
  const trimmed = path.replace(/^\/+/, '');
  return `/${locale}/${trimmed}`;
}

/** The same page in another language: `/ar/lessons/x/` → `/fa/lessons/x/`. */
export function switchLocale(pathname: string, target: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  const path = isLocale(first) ? rest.join('/') : pathname.replace(/^\/+/, '');
  return localizedPath(target, path);
}

/** `getStaticPaths` for a page that exists once per locale. */
export function localeStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale }, props: { locale } }));
}

/** The locale a page belongs to, from its URL; for components that MDX renders. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : defaultLocale;
}
