import { describe, it, expect } from 'vitest';
import { normalizeBase, sitePaths } from '../../src/i18n/paths';
import { lessonRedirects } from '../../src/collections/moved-lessons';

describe('site paths under a base', () => {
  it('normalize every spelling of a base to one with slashes at both ends', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('course')).toBe('/course/');
    expect(normalizeBase('/course')).toBe('/course/');
    expect(normalizeBase('/~course/site/')).toBe('/~course/site/');
  });

  const course = sitePaths('/course');

  it('put links to pages and files under the base', () => {
    expect(course.localizedPath('fa', 'lessons/x/')).toBe('/course/fa/lessons/x/');
    expect(course.localizedPath('ar')).toBe('/course/ar/');
    expect(course.withBase('/pagefind/pagefind.js')).toBe('/course/pagefind/pagefind.js');
  });

  it('read the locale and switch it in a pathname that carries the base', () => {
    expect(course.localeFromPath('/course/fa/lessons/x/')).toBe('fa');
    expect(course.switchLocale('/course/ar/glossary/churn/', 'en')).toBe('/course/en/glossary/churn/');
    // A locale code as the base's own name is not the page's language.
    expect(sitePaths('/ar/').localeFromPath('/ar/fa/')).toBe('fa');
    expect(course.withoutBase('/course/en/')).toBe('/en/');
  });

  it('are unchanged at the root', () => {
    const root = sitePaths('/');
    expect(root.localizedPath('en', 'recap/')).toBe('/en/recap/');
    expect(root.switchLocale('/ar/lessons/x/', 'fa')).toBe('/fa/lessons/x/');
    expect(root.localeFromPath('/fa/')).toBe('fa');
  });

  it('send an old lesson address to the new one under the base', () => {
    const redirects = Object.entries(lessonRedirects('/course/'));
    expect(redirects.length).toBeGreaterThan(0);
    for (const [from, to] of redirects) {
      const locale = from.split('/')[1];
      expect(from).toMatch(/^\/[a-z]+\/lessons\/[a-z-]+\/$/);
      expect(to).toMatch(new RegExp(`^/course/${locale}/lessons/[a-z-]+/$`));
    }
  });
});
