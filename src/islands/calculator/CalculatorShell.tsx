import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n/locales';
import { currencies, type Currency } from '../../i18n/numbers';
import type { FieldError } from '../../calculators/fields';
import CopyLink from '../CopyLink';
import NumberField from './NumberField';

export interface FieldGroup<Name extends string> {
  legend?: string;
  fields: { name: Name; label: string; hint?: string }[];
}

/** The strings every calculator shares, handed over by the page. */
export interface ShellStrings {
  results: string;
  currency: string;
  currencyNone: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  errors: Record<FieldError, string>;
}

/** What the page gives every calculator island. */
export interface CalculatorProps {
  locale: Locale;
  shell: ShellStrings;
  /** The calculator's own strings, keyed without their `calc.<id>.` prefix. */
  text: Record<string, string>;
  /** A scenario as a query string (`customers=60&retain=25`) that replaces the defaults: a lesson's case numbers. */
  preset?: string | undefined;
}

interface Props<Name extends string> {
  id: string;
  locale: Locale;
  groups: FieldGroup<Name>[];
  texts: Record<Name, string>;
  errors: Partial<Record<Name, FieldError>>;
  setText: (name: Name, text: string) => void;
  currency?: { value: Currency | undefined; set: (currency: Currency | undefined) => void } | undefined;
  strings: ShellStrings;
  /** The results, announced politely as they change. */
  children: ComponentChildren;
  chart: ComponentChildren;
}

/** The frame every calculator shares: inputs, currency, results, chart, copy link. */
export default function CalculatorShell<Name extends string>(props: Props<Name>) {
  const { id, locale, groups, texts, errors, setText, currency, strings } = props;
  return (
    <div class="calculator">
      <form class="calculator-inputs" onSubmit={(event) => event.preventDefault()}>
        {groups.map((group) => {
          const fields = group.fields.map(({ name, label, hint }) => (
            <NumberField
              key={name}
              id={`${id}-${name}`}
              label={label}
              hint={hint}
              value={texts[name]}
              error={errors[name] && strings.errors[errors[name]!]}
              onInput={(text) => setText(name, text)}
            />
          ));
          return group.legend ? (
            <fieldset key={group.legend}>
              <legend>{group.legend}</legend>
              {fields}
            </fieldset>
          ) : (
            fields
          );
        })}
        {currency && (
          <div class="field">
            <label for={`${id}-currency`}>{strings.currency}</label>
            <select
              id={`${id}-currency`}
              value={currency.value ?? ''}
              onChange={(event) => currency.set(((event.currentTarget as HTMLSelectElement).value || undefined) as Currency | undefined)}
            >
              <option value="">{strings.currencyNone}</option>
              {currencies.map((code) => (
                <option value={code}>{code}</option>
              ))}
            </select>
          </div>
        )}
      </form>
      <section class="calculator-results" aria-label={strings.results}>
        <div aria-live="polite">{props.children}</div>
        {props.chart}
        <CopyLink locale={locale} label={strings.copyLink} strings={{ copied: strings.copied, failed: strings.copyFailed }} />
      </section>
    </div>
  );
}
