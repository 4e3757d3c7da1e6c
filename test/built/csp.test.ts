import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { builtHtml, builtPages } from '../browser/site';
import { isRedirect } from './pages';

// Every page carries a Content-Security-Policy without 'unsafe-inline', and the policy
// lists the hash of every inline script and style on the page: a step that changes one
// after Astro hashed it (src/integrations/) must change the policy with it, or a browser
// refuses the style or script. test/browser/csp.spec.ts checks the code that runs under it.
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const [redirects, pages] = [true, false].map((redirect) => builtPages().filter((path) => isRedirect(builtHtml(path)) === redirect)) as [
  string[],
  string[],
];

describe('Content-Security-Policy', () => {
  // Astro writes these without a policy; they must then run nothing at all.
  it.each(redirects)('%s, an old address, has no script or style', (path) => {
    expect(builtHtml(path)).not.toMatch(/<script|<style|\son[a-z]+=/i);
  });

  it.each(pages)('%s lists the hash of each of its inline scripts and styles', (path) => {
    const html = builtHtml(path);
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/(^|;)\s*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).toMatch(/(^|;)\s*style-src 'self' 'sha256-/);
    expect(policy).not.toContain('unsafe-inline');
    const inline = [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)].filter(
      ([, element, attributes, body]) =>
        body !== '' && !/\bsrc=/.test(attributes!) && !(element === 'script' && /type="application\/(ld\+)?json"/.test(attributes!)),
    );
    expect(inline.length).toBeGreaterThan(0);
    const unlisted = inline.filter(([, , , body]) => !policy.includes(sha256(body!))).map(([whole]) => whole.slice(0, 80));
    expect(unlisted).toEqual([]);
  });
});
