import { useState } from 'preact/hooks';
import { fill } from '../i18n/island-strings';
import { localizedPath } from '../i18n/paths';
import type { Currency } from '../i18n/numbers';
import { clvDefaults, clvFields, computeClv, ratioBands, ratioClaim } from '../calculators/clv';
import CalculatorShell, { type CalculatorProps } from './calculator/CalculatorShell';
import BarChart, { type Bar } from './calculator/BarChart';
import Figure from './calculator/Figure';
import { useScenario } from './calculator/useScenario';
import { formatters } from './calculator/format';

export default function ClvCalculator({ locale, shell, text, preset }: CalculatorProps<'clv'>) {
  const scenario = useScenario('clv', locale, clvFields, clvDefaults, preset);
  const { values } = scenario;
  const [currency, setCurrency] = useState<Currency | undefined>();
  const format = formatters(locale, currency);
  const result = computeClv(values);
  const bars: Bar[] = [{ label: text.clv, value: result.clv, display: format.money(result.clv), tone: 'keep' }];
  // The bands' limits in the reader's digits, so the words and the bands cannot disagree.
  const bands = {
    thin: format.count(ratioBands.thin),
    healthy: format.count(ratioBands.healthy),
    high: format.count(ratioBands.high),
  };
  if (values.cac !== undefined)
    bars.push({ label: text.fields.cac.label, value: values.cac, display: format.money(values.cac), tone: 'win' });
  // With a cost to win a customer, the ratio and its reading lead; without, the value itself.
  const headline = result.reading
    ? { figure: format.figure('ratio', result.ratio), sentence: fill(locale, text.reading[result.reading], bands) }
    : { figure: format.figure('money', result.clv), sentence: text.noCac };

  return (
    <CalculatorShell
      id="clv"
      locale={locale}
      groups={[{ names: ['order', 'frequency', 'years', 'margin', 'cac'] }]}
      fields={text.fields}
      scenario={scenario}
      currency={{ value: currency, set: setCurrency }}
      strings={shell}
      headline={headline}
      chart={<BarChart locale={locale} label={bars.map((b) => `${b.label}: ${b.display}`).join('; ')} bars={bars} />}
    >
      <dl class="results">
        <dt>{text.clv}</dt>
        <dd>
          <Figure figure={format.figure('money', result.clv)} />
        </dd>
        <dt>{text.ratio}</dt>
        <dd>
          <Figure figure={format.figure('ratio', result.ratio)} />
        </dd>
      </dl>
      {result.reading && (
        <p class="calculator-source">
          {text.ruleOfThumb} <a href={localizedPath(locale, `sources/#${ratioClaim}`)}>{text.source}</a>
        </p>
      )}
    </CalculatorShell>
  );
}
