import { useState } from 'preact/hooks';
import { locales } from '../i18n/locales';
import { fill } from '../i18n/island-strings';
import type { Currency } from '../i18n/numbers';
import { computeCost, costDefaults, costFields, multipleBand } from '../calculators/cost';
import CalculatorShell, { type CalculatorProps } from './calculator/CalculatorShell';
import BarChart from './calculator/BarChart';
import RangeChart from './calculator/RangeChart';
import { useScenario } from './calculator/useScenario';
import { formatters } from './calculator/format';

export default function CostCalculator({ locale, shell, text, preset }: CalculatorProps<'cost'>) {
  const scenario = useScenario('cost', locale, costFields, costDefaults, preset);
  const [currency, setCurrency] = useState<Currency | undefined>();
  const format = formatters(locale, currency);
  const result = computeCost(scenario.values);
  const dir = locales[locale].dir;
  const { perSaved, perWon } = result;
  // The fair comparison, said the way round that gives a multiple of at least 1.
  const comparison =
    perSaved === null
      ? text.savedMissing
      : perSaved > perWon
        ? fill(locale, text.savedDearer, { ratio: format.number(perSaved / perWon) })
        : fill(locale, text.savedCheaper, { ratio: format.number(perWon / perSaved) });

  return (
    <CalculatorShell
      id="cost"
      locale={locale}
      groups={[{ names: ['customers', 'retain', 'multiple', 'acquire', 'saved'] }]}
      fields={text.fields}
      scenario={scenario}
      currency={{ value: currency, set: setCurrency }}
      strings={shell}
      chart={
        <>
          <BarChart
            dir={dir}
            label={`${text.keep}: ${format.money(result.keep)}; ${text.replace}: ${format.money(result.replace)}`}
            bars={[
              { label: text.keep, value: result.keep, display: format.money(result.keep), tone: 'keep' },
              { label: text.replace, value: result.replace, display: format.money(result.replace), tone: 'win' },
            ]}
          />
          {perSaved !== null && (
            <BarChart
              dir={dir}
              label={`${text.perCustomer}: ${text.perSaved} ${format.money(perSaved)}; ${text.perWon} ${format.money(perWon)}`}
              bars={[
                { label: text.perSaved, value: perSaved, display: format.money(perSaved), tone: 'keep' },
                { label: text.perWon, value: perWon, display: format.money(perWon), tone: 'win' },
              ]}
            />
          )}
          <RangeChart
            dir={dir}
            label={text.band}
            max={Math.max(multipleBand.high, result.ratio) * 1.1}
            rows={[
              {
                label: text.band,
                low: multipleBand.low,
                high: multipleBand.high,
                marks: [
                  { value: multipleBand.marked, label: format.number(multipleBand.marked) },
                  { value: result.ratio, label: format.number(result.ratio) },
                ],
              },
            ]}
          />
        </>
      }
    >
      <dl class="results">
        <dt>{text.keep}</dt>
        <dd>{format.money(result.keep)}</dd>
        <dt>{text.replace}</dt>
        <dd>{format.money(result.replace)}</dd>
        <dt>{text.difference}</dt>
        <dd>{format.money(result.difference)}</dd>
        {perSaved !== null && (
          <>
            <dt>{text.perSaved}</dt>
            <dd>{format.money(perSaved)}</dd>
          </>
        )}
        <dt>{text.perWon}</dt>
        <dd>{format.money(perWon)}</dd>
      </dl>
      <p>{fill(locale, text.ratio, { ratio: format.number(result.ratio) })}</p>
      <p>{comparison}</p>
    </CalculatorShell>
  );
}
