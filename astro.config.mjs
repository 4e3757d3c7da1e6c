// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

/** The public origin, used for canonical URLs, hreflang links and the sitemap. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // 'jsx' (the default) can glue adjacent inline words together; lossless is safer
  // for prose in three scripts.
  compressHTML: true,
  integrations: [
    mdx(),
    preact(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', ar: 'ar', fa: 'fa' } },
      // The root page only chooses a language; the 404 pages are not content.
      filter: (page) => new URL(page).pathname !== '/' && !page.includes('/404/'),
    }),
  ],
});
