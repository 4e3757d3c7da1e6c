// Checked by `npm run check` (tsc), never run. If UI string keys stopped being typed,
// each expected error below would not occur, and tsc would fail on the directive.
import { pluralTemplates, rawString, useTranslations } from '../../src/i18n';

const t = useTranslations('en');

export const typed = [
  t('nav.lessons'),
  t('home.lessonCount', { count: 3 }),
  // @ts-expect-error: a misspelt key
  t('nav.lesons'),
  // @ts-expect-error: a plural form's own key is not how a counted string is asked for
  pluralTemplates('en', 'home.lessonCount_one'),
  // @ts-expect-error: no such key
  rawString('en', 'quiz.nothing'),
];

// A calculator's strings are typed by the island they are for: no index signature, no `!`.
import type { CalculatorText } from '../../src/components/calculator/strings';
declare const cost: CalculatorText<'cost'>;
export const costStrings: string[] = [
  cost.keep,
  cost.fields.customers.label,
  // @ts-expect-error: the cost calculator has no such result
  cost.profit,
  // @ts-expect-error: nor such a field
  cost.fields.order.label,
];
