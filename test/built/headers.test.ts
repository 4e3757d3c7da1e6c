import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtHtml, builtPages } from '../browser/site';
import { frameAncestors, headersFor, parseHeaders } from '../../src/hosting/headers';

// What each built page gets from dist/_headers, read as Netlify and Cloudflare Pages read
// it: the embeds (and only they) may be framed by any site, every other page by none.
// A section added to the site without its own rule in public/_headers fails here.
const rules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
const pages = builtPages();
const isEmbed = (path: string) => /^\/[^/]+\/embed\//.test(path);
const framing = (path: string) => frameAncestors(headersFor(rules, path).get('content-security-policy'));

describe('dist/_headers', () => {
  it('has an embed for every calculator and every term, in every language', () => {
    const widgets = pages.filter((path) => /^\/[^/]+\/(calculators|glossary)\/[^/]+\/$/.test(path));
    expect(widgets.length).toBeGreaterThan(3 * 5);
    expect(pages.filter(isEmbed)).toEqual(widgets.map((path) => path.replace(/^(\/[^/]+\/)/, '$1embed/')).sort());
  });

  it.each(pages.filter((path) => !isEmbed(path)))("%s may not be framed (frame-ancestors 'none')", (path) => {
    expect(framing(path)).toEqual([["'none'"]]);
  });

  it.each(pages.filter(isEmbed))('%s may be framed by any site, and is kept out of search engines', (path) => {
    expect(framing(path)).toEqual([]);
    expect(builtHtml(path)).toContain('<meta name="robots" content="noindex">');
    expect(builtHtml(path)).not.toContain('data-pagefind-body');
  });

  it('keeps the embeds out of the sitemap', () => {
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/embed/');
  });
});
