import type sourceStrings from './ui/en.json';

// Types every `t()` against the reference strings file, so that a key that does not exist
// (`t('nav.lesons')`) fails `npm run check` instead of rendering the key. Keys are flat
// ("nav.lessons"), as in the JSON files and the i18next instance (index.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sourceStrings };
    keySeparator: false;
    nsSeparator: false;
    returnNull: false;
  }
}
