import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

// Another port when two checkouts test on one machine at once: TEST_PORT=4339 npm run test:browser.
const port = Number(process.env.TEST_PORT ?? 4329);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'test/browser',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      // scripts/ensure-chromium.mjs runs first in `npm run test:browser` and explains a missing one.
      ...(executablePath ? { executablePath } : {}),
      // Without these, Chromium reaches for Google's services, which this network refuses.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: false,
  },
});
