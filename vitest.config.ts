/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so that tests can import modules that use `astro:*`.
export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
  },
});
