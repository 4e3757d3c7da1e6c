// Finds a Chromium for the browser tests. Playwright's own browser download cannot be
// reached from these machines, so the tests drive a system browser by path.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The browser to use: $CHROMIUM_PATH if set, else the first one on PATH, else null. */
export function findChromium() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? explicit : null;
  for (const name of candidates) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  return null;
}
