import { useState } from 'preact/hooks';
import { fill } from '../i18n/island-strings';
import type { Currency } from '../i18n/numbers';
import { computeCost, costDefaults, costFields, multipleBand } from '../calculators/cost';
import CalculatorShell, { type CalculatorProps } from './calculator/CalculatorShell';
import BarChart from './calculator/BarChart';
import RangeChart from './calculator/RangeChart';
import Figure from './calculator/Figure';
import { useScenario } from './calculator/useScenario';
import { composeFigure, formatters } from './calculator/format';

export default function CostCalculator({ locale, shell, text, preset }: CalculatorProps<'cost'>) {
  const scenario = useScenario('cost', locale, costFields, costDefaults, preset);
  const [currency, setCurrency] = useState<Currency | undefined>();
  const format = formatters(locale, currency);
  const money = (value: number) => <Figure figure={format.figure('money', value)} />;
  const result = computeCost(scenario.values);
  const { perSaved, perWon } = result;
  // The fair comparison when the customers actually saved are known, said the way round
  // that gives a multiple of at least 1; otherwise the multiple the articles argue from.
  const [multiple, sentence] =
    perSaved === null
      ? [result.ratio, text.ratio]
      : perSaved > perWon
        ? [perSaved / perWon, text.savedDearer]
        : [perWon / perSaved, text.savedCheaper];

  return (
    <CalculatorShell
      id="cost"
      locale={locale}
      groups={[{ names: ['customers', 'retain', 'multiple', 'acquire', 'saved'] }]}
      fields={text.fields}
      scenario={scenario}
      currency={{ value: currency, set: setCurrency }}
      strings={shell}
      headline={{
        figure: composeFigure([format.figure('ratio', multiple)], (ratio) => fill(locale, text.times, { ratio })),
        sentence: fill(locale, sentence, { ratio: format.ratio(multiple) }),
      }}
      chart={
        <>
          <BarChart
            locale={locale}
            label={`${text.keep}: ${format.money(result.keep)}; ${text.replace}: ${format.money(result.replace)}`}
            bars={[
              { label: text.keep, value: result.keep, display: format.money(result.keep), tone: 'keep' },
              { label: text.replace, value: result.replace, display: format.money(result.replace), tone: 'win' },
            ]}
          />
          {perSaved !== null && (
            <BarChart
              locale={locale}
              label={`${text.perCustomer}: ${text.perSaved} ${format.money(perSaved)}; ${text.perWon} ${format.money(perWon)}`}
              bars={[
                { label: text.perSaved, value: perSaved, display: format.money(perSaved), tone: 'keep' },
                { label: text.perWon, value: perWon, display: format.money(perWon), tone: 'win' },
              ]}
            />
          )}
          <RangeChart
            locale={locale}
            label={`${text.band}: ${fill(locale, text.yourMark, { value: format.ratio(result.ratio) })}`}
            max={Math.max(multipleBand.high, result.ratio) * 1.1}
            ticks={[0, multipleBand.low, multipleBand.high].map((value) => ({ value, text: format.figure('count', value).text }))}
            rows={[
              {
                label: text.band,
                low: multipleBand.low,
                high: multipleBand.high,
                marks: [
                  { value: multipleBand.marked, tone: 'quoted' },
                  { value: result.ratio, tone: 'yours' },
                ],
              },
            ]}
            legend={[
              { tone: 'quoted', text: fill(locale, text.quotedMark, { value: format.count(multipleBand.marked) }) },
              { tone: 'yours', text: fill(locale, text.yourMark, { value: format.ratio(result.ratio) }) },
            ]}
          />
        </>
      }
    >
      <dl class="results">
        <dt>{text.keep}</dt>
        <dd>{money(result.keep)}</dd>
        <dt>{text.replace}</dt>
        <dd>{money(result.replace)}</dd>
        <dt>{text.difference}</dt>
        <dd>{money(result.difference)}</dd>
        {perSaved !== null && (
          <>
            <dt>{text.perSaved}</dt>
            <dd>{money(perSaved)}</dd>
          </>
        )}
        <dt>{text.perWon}</dt>
        <dd>{money(perWon)}</dd>
      </dl>
      {perSaved === null ? <p>{text.savedMissing}</p> : <p>{fill(locale, text.ratio, { ratio: format.ratio(result.ratio) })}</p>}
    </CalculatorShell>
  );
}
