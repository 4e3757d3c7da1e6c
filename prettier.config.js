// @ts-check
/**
 * Prettier for code and config: src/, test/, scripts/ and the files at the top level.
 * 140 columns is the width the code was already written to.
 *
 * prettier-plugin-astro is pinned to 0.14, the version Astro's own language server
 * (`astro check`, the editor extension) formats with. 1.x lays out markup in .astro files
 * with line breaks that Astro renders as spaces: a space before the comma after every
 * glossary term in the lessons, for one.
 *
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 140,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
