import { describe, it, expect } from 'vitest';
import { pagefindQuery } from '../../src/search/client';
import { localeCodes, type Locale } from '../../src/i18n/locales';

// Two words of each language, as a reader would look for them together.
const words: Record<Locale, [string, string]> = {
  en: ['Word', 'mouth'],
  ar: ['التسويق', 'الشفهي'],
  fa: ['بازاریابی', 'دهان‌به‌دهان'],
};
const joiners = ['-', '\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '/', '\\', '_', '·', ':', '+'];

describe('what the search asks Pagefind', () => {
  describe.each(localeCodes)('%s', (locale) => {
    const [first, second] = words[locale];
    const spaced = pagefindQuery(locale, `${first} ${second}`);

    it('is two words for the two words typed with a space', () => {
      expect(spaced.split(' ').length).toBeGreaterThanOrEqual(2);
    });

    it.each(joiners)('is the same when they are typed joined by %j', (joiner) => {
      expect(pagefindQuery(locale, `${first}${joiner}${second}`)).toBe(spaced);
    });
  });
});
