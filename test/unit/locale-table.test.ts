import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { languageAttributes, localeCodes, locales, numberingSystem } from '../../src/i18n/locales';

// CSS cannot read the locale table, so the rules it needs per font and per numbering
// system are checked against it here: a row naming a font or digits the stylesheets do
// not know fails, naming what to add.
describe('the stylesheets know every font and digit set the locale table names', () => {
  const fontsCss = readFileSync('src/styles/fonts.css', 'utf8');
  const globalCss = readFileSync('src/styles/global.css', 'utf8');
  const fonts = localeCodes.flatMap((code) => (locales[code].font ? [locales[code].font] : []));

  it.each(fonts.map((font) => [font.family, font]))('fonts.css loads %s from its file', (_family, font) => {
    const faces = fontsCss.split('@font-face').slice(1);
    const face = faces.find((block) => block.includes(`font-family: '${font.family}'`));
    expect(face, `an @font-face for '${font.family}' in src/styles/fonts.css`).toBeDefined();
    expect(face).toContain(`/${font.file}.woff2'`);
  });

  it.each(fonts.map((font) => [font.family]))('global.css sets the body in %s where a page asks for it', (family) => {
    expect(globalCss).toContain(`[data-font='${family}'] {\n  --font-body: '${family}'`);
  });

  const systems = [...new Set(localeCodes.map(numberingSystem))].filter((system) => system !== 'latn');
  it.each(systems)('global.css numbers lists in %s digits', (system) => {
    expect(globalCss).toMatch(new RegExp(`\\[data-numbers='${system}'\\] ol \\{\\n  list-style-type: [a-z-]+;`));
  });
});

describe('what the locale table gives a page', () => {
  it('names the font and the numbering system on the element', () => {
    expect(languageAttributes('fa')).toEqual({ lang: 'fa', dir: 'rtl', 'data-font': 'Vazirmatn', 'data-numbers': 'arabext' });
    expect(languageAttributes('en')).toEqual({ lang: 'en', dir: 'ltr', 'data-font': undefined, 'data-numbers': 'latn' });
  });
});
