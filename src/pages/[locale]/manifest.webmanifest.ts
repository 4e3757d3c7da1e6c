import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import { localeStaticPaths, localizedPath, withBase } from '../../i18n/paths';
import { uiStrings } from '../../i18n';

export const getStaticPaths = localeStaticPaths;

// The colours of the light scheme (src/styles/global.css): the accent behind the icon's mark, the page's background.
const theme = '#0b5f57';
const background = '#fdfcf9';

/** A language's web app manifest: installed, the course opens at that language's home, in its own direction. */
export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const strings = uiStrings[locale];
  const manifest = {
    id: localizedPath(locale),
    name: strings['site.name'],
    short_name: strings['site.name'],
    description: strings['site.tagline'],
    lang: locale,
    dir: locales[locale].dir,
    start_url: localizedPath(locale),
    scope: localizedPath(locale),
    display: 'standalone',
    theme_color: theme,
    background_color: background,
    icons: [
      { src: withBase('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: withBase('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: withBase('icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
