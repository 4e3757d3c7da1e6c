import { fill } from '../i18n/island-strings';
import { computeSuccess, successDefaults, successFields, type Range } from '../calculators/success';
import CalculatorShell, { type CalculatorProps } from './calculator/CalculatorShell';
import RangeChart from './calculator/RangeChart';
import Figure from './calculator/Figure';
import Filled from './calculator/Filled';
import { useScenario } from './calculator/useScenario';
import { composeFigure, formatters } from './calculator/format';

export default function SuccessCalculator({ locale, shell, text, preset }: CalculatorProps<'success'>) {
  const scenario = useScenario('success', locale, successFields, successDefaults, preset);
  const inputs = scenario.values;
  const format = formatters(locale);
  const result = computeSuccess(inputs);
  // Expected sales are averages (12.5); offers are whole.
  const rangeFigure = ({ low, high }: Range, kind: 'expected' | 'count') =>
    composeFigure([format.figure(kind, low), format.figure(kind, high)], (a, b) => fill(locale, text.range, { low: a, high: b }));
  const rangeCell = ({ low, high }: Range, kind: 'expected' | 'count') => (
    <Filled
      template={text.range}
      values={{ low: <Figure figure={format.figure(kind, low)} />, high: <Figure figure={format.figure(kind, high)} /> }}
    />
  );
  const groups = [
    { key: 'existing', label: text.existing, result: result.existing },
    { key: 'new', label: text.new, result: result.new },
  ];
  const inText = (range: Range, kind: 'expected' | 'count') =>
    fill(locale, text.range, { low: format[kind](range.low), high: format[kind](range.high) });

  return (
    <CalculatorShell
      id="success"
      locale={locale}
      groups={[
        { names: ['offers', 'target'] },
        { legend: text.existing, names: ['existing_low', 'existing_high'] },
        { legend: text.new, names: ['new_low', 'new_high'] },
      ]}
      fields={text.fields}
      scenario={scenario}
      strings={shell}
      headline={{
        figure: rangeFigure(result.new.offersNeeded, 'count'),
        sentence: fill(locale, text.sentence, {
          target: format.count(inputs.target),
          existing: inText(result.existing.offersNeeded, 'count'),
          new: inText(result.new.offersNeeded, 'count'),
        }),
      }}
      chart={
        // Sales on a real scale: from none to every offer made succeeding.
        <RangeChart
          locale={locale}
          max={Math.max(inputs.offers, 1)}
          ticks={[0, inputs.offers, inputs.offers / 2]
            .filter(Number.isInteger)
            .map((value) => ({ value, text: format.figure('count', value).text }))}
          label={`${groups.map((g) => `${g.label}: ${inText(g.result.sales, 'expected')}`).join('; ')}. ${fill(locale, text.scale, { offers: format.count(inputs.offers) })}`}
          rows={groups.map((g) => ({
            label: `${g.label}: ${inText(g.result.sales, 'expected')}`,
            low: g.result.sales.low,
            high: g.result.sales.high,
          }))}
        />
      }
    >
      <table class="results">
        <thead>
          <tr>
            <td></td>
            <th scope="col">{text.sales}</th>
            <th scope="col">{text.offersNeeded}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.label}</th>
              <td data-column={text.sales}>{rangeCell(g.result.sales, 'expected')}</td>
              <td data-column={text.offersNeeded}>{rangeCell(g.result.offersNeeded, 'count')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="calculator-source">{fill(locale, text.scale, { offers: format.count(inputs.offers) })}</p>
    </CalculatorShell>
  );
}
