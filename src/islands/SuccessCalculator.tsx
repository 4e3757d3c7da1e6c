import { locales } from '../i18n/locales';
import { fill } from '../i18n/island-strings';
import { computeSuccess, successDefaults, successFields, type Range } from '../calculators/success';
import CalculatorShell, { type CalculatorProps } from './calculator/CalculatorShell';
import RangeChart from './calculator/RangeChart';
import { useScenario } from './calculator/useScenario';
import { formatters } from './calculator/format';

export default function SuccessCalculator({ locale, shell, text, preset }: CalculatorProps<'success'>) {
  const scenario = useScenario('success', locale, successFields, successDefaults, preset);
  const inputs = scenario.values;
  const format = formatters(locale);
  const result = computeSuccess(inputs);
  const range = ({ low, high }: Range, digits: number) =>
    fill(locale, text.range, { low: format.number(low, digits), high: format.number(high, digits) });
  const groups = [
    { key: 'existing', label: text.existing, result: result.existing, low: inputs.existing_low, high: inputs.existing_high },
    { key: 'new', label: text.new, result: result.new, low: inputs.new_low, high: inputs.new_high },
  ];

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
      chart={
        <RangeChart
          dir={locales[locale].dir}
          max={Math.max(inputs.offers, 1)}
          label={groups.map((g) => `${g.label}: ${range(g.result.sales, 1)}`).join('; ')}
          rows={groups.map((g) => ({
            label: `${g.label}: ${range(g.result.sales, 1)}`,
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
              <td>{range(g.result.sales, 1)}</td>
              <td>{range(g.result.offersNeeded, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </CalculatorShell>
  );
}
