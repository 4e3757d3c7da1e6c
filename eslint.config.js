// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // content/ is prose, checked by its own tests; the rest is built or generated.
  globalIgnores(['content/', 'dist/', 'dist-base/', '.astro/', 'public/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  // Parses .astro files (frontmatter and <script> as TypeScript) and adds Astro's own rules.
  astro.configs.recommended,
  {
    // Build scripts and config files run in Node; browser code is TypeScript, whose
    // compiler already knows its globals.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Preact's hooks follow React's rules. Only the two classic rules: the plugin's
    // other recommended rules check code for the React Compiler, which Preact does not
    // use. A dependency left out of an effect on purpose says why in a disable comment.
    // Islands only: elsewhere `use…` names server helpers (`useTranslations`), not hooks.
    files: ['src/islands/**/*.{ts,tsx}'],
    // The rules alone: the plugin object's own types do not fit ESLint's Plugin type.
    plugins: { 'react-hooks': { rules: reactHooks.rules } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Tests read YAML front matter and data files as they are written, untyped; the
    // content schema (src/content.config.ts) is what types them.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    rules: {
      // `_name` marks an argument or binding kept for its position, as in `(_match, name) =>`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
