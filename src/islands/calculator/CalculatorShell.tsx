import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { currencies, directionOf, type Currency, type Figure as Formatted } from '../../i18n/numbers';
import type { CalculatorId } from '../../calculators/catalog';
import type { FieldError } from '../../calculators/fields';
import type { CalculatorText, FieldText, ShellStrings } from '../../components/calculator/strings';
import CopyLink from '../CopyLink';
import NumberField from './NumberField';
import PrintedInputs from './PrintedInputs';
import Figure from './Figure';
import { useOffScreen } from './useOffScreen';

/** Fields shown together, by name, under a legend when there is one. */
export interface FieldGroup<Name extends string> {
  legend?: string;
  names: readonly Name[];
}

/** The one result a calculator leads with: a large figure and the sentence that reads it. */
export interface Headline {
  figure: Formatted;
  sentence: string;
}

/** What the page gives calculator `Id`'s island (CalculatorIsland.astro). */
export interface CalculatorProps<Id extends CalculatorId> {
  locale: Locale;
  shell: ShellStrings;
  text: CalculatorText<Id>;
  /** A scenario as a query string (`customers=60&retain=25`) that replaces the defaults: a lesson's case numbers. */
  preset?: string | undefined;
}

interface Props<Name extends string> {
  id: CalculatorId;
  locale: Locale;
  groups: FieldGroup<Name>[];
  /** Each field's label and hint, by the field's name: only labelled fields can be shown. */
  fields: Record<NoInfer<Name>, FieldText>;
  /** What `useScenario` returns: what the reader typed, what is wrong with it. */
  scenario: {
    texts: Record<NoInfer<Name>, string>;
    errors: Partial<Record<NoInfer<Name>, FieldError>>;
    setText: (name: NoInfer<Name>, text: string) => void;
  };
  /**
   * A message for a field whose value is fine alone but cannot be used with the others'
   * (a horizon too long for the growth), shown where the field's own error would be.
   */
  problems?: Partial<Record<NoInfer<Name>, string>> | undefined;
  currency?: { value: Currency | undefined; set: (currency: Currency | undefined) => void } | undefined;
  strings: ShellStrings;
  headline: Headline;
  /** The results in detail, under the headline. */
  children: ComponentChildren;
  chart: ComponentChildren;
}

/**
 * The frame every calculator shares: inputs, currency, then the results led by their
 * headline, the detail, the chart and a small share button. On a phone the results sit
 * below the inputs, so while the reader is in the form and the headline is off screen, a
 * bar at the bottom of the screen repeats it. Only the headline is a live region; the bar
 * is hidden from assistive technology, so nothing is heard twice.
 */
export default function CalculatorShell<Name extends string>(props: Props<Name>) {
  const { id, locale, groups, fields, scenario, problems, currency, strings, headline } = props;
  const form = useRef<HTMLFormElement>(null);
  const lead = useRef<HTMLDivElement>(null);
  const stuck = useOffScreen(lead, form);
  return (
    <div class="calculator">
      <form class="calculator-inputs" ref={form} onSubmit={(event) => event.preventDefault()}>
        {groups.map((group) => {
          const inputs = group.names.map((name) => {
            const error = scenario.errors[name];
            return (
              <NumberField
                key={name}
                id={`${id}-${name}`}
                locale={locale}
                label={fields[name].label}
                hint={fields[name].hint}
                value={scenario.texts[name]}
                error={error ? strings.errors[error] : problems?.[name]}
                onInput={(text) => scenario.setText(name, text)}
              />
            );
          });
          return group.legend ? (
            <fieldset key={group.legend}>
              <legend>{group.legend}</legend>
              {inputs}
            </fieldset>
          ) : (
            inputs
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
      <PrintedInputs
        caption={strings.inputs}
        rows={groups.flatMap((group) => group.names.map((name) => ({ label: fields[name].label, value: scenario.texts[name] })))}
      />
      <section class="calculator-results" aria-label={strings.results}>
        <div class="calculator-headline" aria-live="polite" aria-atomic="true">
          <div class="headline-figure" ref={lead}>
            <Figure figure={headline.figure} />
          </div>
          <p class="headline-sentence">{headline.sentence}</p>
        </div>
        <div class="calculator-detail">{props.children}</div>
        {props.chart}
        <div class="calculator-share">
          <CopyLink locale={locale} label={strings.copyLink} strings={{ copied: strings.copied, failed: strings.copyFailed }} />
        </div>
      </section>
      <div class="calculator-sticky no-print" aria-hidden="true" hidden={!stuck}>
        <bdi class="sticky-figure" dir={directionOf(headline.figure.text)}>
          {headline.figure.text}
        </bdi>
        <span class="sticky-sentence">{headline.sentence}</span>
      </div>
    </div>
  );
}
