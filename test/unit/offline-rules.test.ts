import { describe, it, expect } from 'vitest';
import { titleOf } from '../../src/offline/saved-pages';
import { cacheKey, cacheName, courseListPath, handles, isCourseCache, isImmutable, localeOf } from '../../src/offline/rules';

describe('what the service worker keeps', () => {
  it('keeps a page opened from a shared link under its address without the query', () => {
    expect(cacheKey('https://example.org/course/en/calculators/roi/?order=28&margin=45#results')).toBe(
      'https://example.org/course/en/calculators/roi/',
    );
  });

  it('handles only GET requests for its own origin under the base', () => {
    const origin = 'https://example.org';
    expect(handles({ method: 'GET', url: 'https://example.org/course/en/' }, origin, '/course/')).toBe(true);
    expect(handles({ method: 'POST', url: 'https://example.org/course/en/' }, origin, '/course/')).toBe(false);
    expect(handles({ method: 'GET', url: 'https://other.example/course/en/' }, origin, '/course/')).toBe(false);
    // Another site on the same host, outside the base.
    expect(handles({ method: 'GET', url: 'https://example.org/other/' }, origin, '/course/')).toBe(false);
    // A language's list: asking its size must not mark the language saved; only a finished save stores it.
    expect(handles({ method: 'GET', url: 'https://example.org/course/fa/offline/course.json' }, origin, '/course/')).toBe(false);
    expect(handles({ method: 'GET', url: 'https://example.org/course/fa/offline/' }, origin, '/course/')).toBe(true);
  });

  it('answers from the cache first only for content-hashed files', () => {
    expect(isImmutable('/course/_astro/Search.BjbFVcRd.js', '/course/')).toBe(true);
    expect(isImmutable('/course/pagefind/pagefind-entry.json', '/course/')).toBe(false);
    expect(isImmutable('/course/en/', '/course/')).toBe(false);
  });

  it('finds the language of an address for its offline page', () => {
    const locales = ['en', 'ar', 'fa'];
    expect(localeOf('/course/fa/lessons/x/', '/course/', locales)).toBe('fa');
    expect(localeOf('/course/', '/course/', locales)).toBeUndefined();
    expect(localeOf('/fa/', '/course/', locales)).toBeUndefined();
    expect(localeOf('/xx/lessons/', '/', locales)).toBeUndefined();
  });

  it('names its caches by the build, and deletes only its own', () => {
    expect(cacheName('abc123')).not.toBe(cacheName('def456'));
    expect(isCourseCache(cacheName('abc123'))).toBe(true);
    expect(isCourseCache('some-other-library-cache')).toBe(false);
    expect(courseListPath('ar')).toBe('ar/offline/course.json');
  });
});

describe('the offline page', () => {
  it("lists a kept page by its own title, without the site's name", () => {
    expect(titleOf('<html><head><title>CLV &amp; CAC · Keep or Win</title><style>x{}</style></head></html>')).toBe('CLV & CAC');
    expect(titleOf('<title>Keep or Win</title>')).toBe('Keep or Win');
  });
});
