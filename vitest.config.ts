import { defineConfig } from 'vitest/config';

// Plain Vite: no test imports `astro:*`, so Astro's config (and with it Pagefind and the
// font subsetter) need not load for every run.
export default defineConfig({
  test: {
    projects: [
      // Pure code and content files: `npm run test:unit`, no build needed.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // Static checks of the built site, reading dist/ as a host would serve it:
      // `npm run test:built`, after `npm run build`.
      { extends: true, test: { name: 'built', include: ['test/built/**/*.test.ts'], globalSetup: ['test/built/setup.ts'] } },
    ],
  },
});
