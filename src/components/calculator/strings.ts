import { rawString, uiStrings, useTranslations, type UiKey } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { calculatorFields, type CalculatorId } from '../../calculators/catalog';
import type { FieldError } from '../../calculators/fields';
import type { ClvReading } from '../../calculators/clv';

/**
 * The UI strings a calculator island takes as props, built on the server (an island
 * gets strings, not a `t`). Templates stay raw (`{{ratio}}`): the island fills them in.
 * Every key is a literal the types check, except the fields' own, which come from the
 * field names: `calc.<id>.field.<name>` labels a field, `calc.<id>.hint.<name>` explains it.
 */

/** The fields of a calculator that the strings files label. */
export type LabelledField<Id extends CalculatorId> = {
  [Name in keyof (typeof calculatorFields)[Id] & string]: `calc.${Id}.field.${Name}` extends UiKey ? Name : never;
}[keyof (typeof calculatorFields)[Id] & string];

export interface FieldText {
  label: string;
  hint?: string;
}

type Raw = (key: UiKey) => string;

// What each island shows besides its fields, key by key.
const resultTexts = {
  cost: (s: Raw) => ({
    keep: s('calc.cost.keep'),
    replace: s('calc.cost.replace'),
    difference: s('calc.cost.difference'),
    ratio: s('calc.cost.ratio'),
    band: s('calc.cost.band'),
    perSaved: s('calc.cost.perSaved'),
    perWon: s('calc.cost.perWon'),
    perCustomer: s('calc.cost.perCustomer'),
    savedDearer: s('calc.cost.savedDearer'),
    savedCheaper: s('calc.cost.savedCheaper'),
    savedMissing: s('calc.cost.savedMissing'),
    times: s('calcResult.times'),
    quotedMark: s('calcResult.cost.quotedMark'),
    yourMark: s('calcResult.cost.yourMark'),
  }),
  roi: (s: Raw) => ({
    retention: s('calc.roi.retention'),
    acquisition: s('calc.roi.acquisition'),
    shared: s('calc.roi.shared'),
    sales: s('calc.roi.sales'),
    profit: s('calc.roi.profit'),
    roi: s('calc.roi.roi'),
    payback: s('calc.roi.payback'),
    horizonFirst: s('calc.roi.horizon.first'),
    horizonOrders: s('calc.roi.horizon.orders'),
    better: {
      retention: s('calcResult.roi.retentionBetter'),
      acquisition: s('calcResult.roi.acquisitionBetter'),
      even: s('calcResult.roi.even'),
    },
  }),
  success: (s: Raw) => ({
    existing: s('calc.success.existing'),
    new: s('calc.success.new'),
    sales: s('calc.success.sales'),
    offersNeeded: s('calc.success.offersNeeded'),
    range: s('calc.success.range'),
    sentence: s('calcResult.success.sentence'),
    scale: s('calcResult.success.scale'),
  }),
  clv: (s: Raw) => ({
    clv: s('calc.clv.clv'),
    ratio: s('calc.clv.ratio'),
    reading: {
      loss: s('calc.clv.reading.loss'),
      thin: s('calc.clv.reading.thin'),
      healthy: s('calc.clv.reading.healthy'),
      high: s('calc.clv.reading.high'),
    } satisfies Record<ClvReading, string>,
    ruleOfThumb: s('calc.clv.ruleOfThumb'),
    source: s('calc.clv.source'),
    noCac: s('calcResult.clv.noCac'),
  }),
  uplift: (s: Raw) => ({
    current: s('calc.uplift.current'),
    raised: s('calc.uplift.raised'),
    increase: s('calc.uplift.increase'),
    curveLabel: s('calc.uplift.curveLabel'),
    tooLong: s('calc.uplift.tooLong'),
    withoutGrowth: s('calc.uplift.withoutGrowth'),
    sentence: s('calcResult.uplift.sentence'),
    years: s('calcResult.uplift.years'),
  }),
} satisfies Record<CalculatorId, (s: Raw) => object>;

/** One calculator's own strings: its results' and its fields'. */
export type CalculatorText<Id extends CalculatorId> = ReturnType<(typeof resultTexts)[Id]> & {
  fields: Record<LabelledField<Id>, FieldText>;
};

export function calculatorText<Id extends CalculatorId>(locale: Locale, id: Id): CalculatorText<Id> {
  const strings: Partial<Record<string, string>> = uiStrings[locale];
  const fields: Record<string, FieldText> = {};
  for (const name of Object.keys(calculatorFields[id])) {
    const label = strings[`calc.${id}.field.${name}`];
    if (label === undefined) continue; // not labelled, so no island can show it (LabelledField)
    const hint = strings[`calc.${id}.hint.${name}`];
    fields[name] = hint === undefined ? { label } : { label, hint };
  }
  // Indexing by a generic id loses which builder it is; the table's type says it.
  const results = resultTexts[id] as (s: Raw) => ReturnType<(typeof resultTexts)[Id]>;
  return { ...results((key) => rawString(locale, key)), fields: fields as CalculatorText<Id>['fields'] };
}

/** The strings every calculator shares. */
export interface ShellStrings {
  results: string;
  currency: string;
  currencyNone: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  /** The caption of the table a handout prints the inputs in. */
  inputs: string;
  errors: Record<FieldError, string>;
}

export function shellStrings(locale: Locale, id: CalculatorId): ShellStrings {
  const t = useTranslations(locale);
  return {
    // Named after its calculator: a lesson can hold two, and landmarks must differ.
    results: `${t('calc.results')}: ${t(`calc.${id}.title`)}`,
    currency: t('calc.currency'),
    currencyNone: t('calc.currencyNone'),
    copyLink: t('calc.copyLink'),
    copied: t('glossary.copied'),
    copyFailed: rawString(locale, 'glossary.copyFailed'),
    inputs: t('handout.inputs'),
    errors: {
      empty: t('calc.error.empty'),
      'not-a-number': t('calc.error.not-a-number'),
      negative: t('calc.error.negative'),
      'over-100': t('calc.error.over-100'),
      'too-large': t('calc.error.too-large'),
      zero: t('calc.error.zero'),
    },
  };
}
