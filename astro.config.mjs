// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { postBuild } from './src/integrations/index.ts';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';
import { lessonRedirects } from './src/collections/moved-lessons.ts';
import { normalizeBase } from './src/i18n/paths.ts';

/** The public origin, used for canonical URLs, hreflang links and the sitemap. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
/** The path the site is served under: `/` at a domain's root, `/<repo>/` on a GitHub Pages project site (README, "Hosting"). */
const base = normalizeBase(process.env.SITE_BASE ?? '/');

export default defineConfig({
  site,
  base,
  // A test builds a second copy under another base beside dist/ (test/browser/base-path.spec.ts).
  ...(process.env.SITE_OUT_DIR ? { outDir: process.env.SITE_OUT_DIR } : {}),
  trailingSlash: 'always',
  redirects: lessonRedirects(base),
  // 'jsx' (the default) can glue adjacent inline words together; lossless is safer
  // for prose in three scripts.
  compressHTML: true,
  // Every page's CSS inline, as it was while each chunk stayed under Vite's 4 kB inlining
  // limit: an external stylesheet is one more request before first paint, and html-validate
  // asks a <link> for an integrity hash that Astro does not write. The policy hashes them.
  build: { inlineStylesheets: 'always' },
  // Shiki colours code with inline styles, which the CSP below forbids; the course has no code.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro hashes every inline script and style into a per-page <meta> policy, so no
    // 'unsafe-inline' is needed. Pagefind compiles WebAssembly and runs a worker.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        // The web app manifest (src/pages/[locale]/manifest.webmanifest.ts); the service worker is a worker from 'self'.
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [
    mdx(),
    preact(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
      // The root page only chooses a language; the 404 and offline pages are not content; the
      // embeds (/<locale>/embed/…) are their full pages again, made for other sites' frames.
      filter: (page) => new URL(page).pathname !== base && !['/404/', '/offline/', '/embed/'].some((part) => page.includes(part)),
    }),
    // Last: it works on the pages as the build wrote them (src/integrations/).
    postBuild(),
  ],
});
