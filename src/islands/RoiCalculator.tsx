import { useState } from 'preact/hooks';
import { fill } from '../i18n/island-strings';
import type { Currency } from '../i18n/numbers';
import { computeRoi, roiDefaults, roiFields } from '../calculators/roi';
import CalculatorShell, { type CalculatorProps } from './calculator/CalculatorShell';
import BarChart from './calculator/BarChart';
import Figure from './calculator/Figure';
import { useScenario } from './calculator/useScenario';
import { formatters } from './calculator/format';

export default function RoiCalculator({ locale, shell, text, preset }: CalculatorProps<'roi'>) {
  const scenario = useScenario('roi', locale, roiFields, roiDefaults, preset);
  const [currency, setCurrency] = useState<Currency | undefined>();
  const format = formatters(locale, currency);
  const { values } = scenario;
  const { retention, acquisition } = computeRoi(values);
  const cells = (kind: 'expected' | 'money' | 'change' | 'count', a: number | null, b: number | null) => (
    <>
      <td data-column={text.retention}>
        <Figure figure={format.figure(kind, a)} />
      </td>
      <td data-column={text.acquisition}>
        <Figure figure={format.figure(kind, b)} />
      </td>
    </>
  );
  // Which horizon the results stand on: one order each, or the orders the reader entered.
  const horizon =
    values.ret_orders === undefined && values.acq_orders === undefined
      ? text.horizonFirst
      : fill(locale, text.horizonOrders, { ret: format.expected(values.ret_orders ?? 1), acq: format.expected(values.acq_orders ?? 1) });
  // The headline leads with the campaign that returns more on its cost.
  const [lead, other, sentence] =
    retention.roi > acquisition.roi
      ? [retention.roi, acquisition.roi, text.better.retention]
      : acquisition.roi > retention.roi
        ? [acquisition.roi, retention.roi, text.better.acquisition]
        : [retention.roi, acquisition.roi, text.better.even];

  return (
    <CalculatorShell
      id="roi"
      locale={locale}
      groups={[
        { legend: text.retention, names: ['ret_cost', 'ret_reach', 'ret_rate', 'ret_orders'] },
        { legend: text.acquisition, names: ['acq_cost', 'acq_reach', 'acq_rate', 'acq_orders'] },
        { legend: text.shared, names: ['order', 'margin'] },
      ]}
      fields={text.fields}
      scenario={scenario}
      currency={{ value: currency, set: setCurrency }}
      strings={shell}
      headline={{
        figure: format.figure('change', lead),
        sentence: fill(locale, sentence, { roi: format.change(lead), other: format.change(other) }),
      }}
      chart={
        <BarChart
          locale={locale}
          label={`${text.roi}: ${text.retention} ${format.change(retention.roi)}; ${text.acquisition} ${format.change(acquisition.roi)}`}
          bars={[
            { label: text.retention, value: retention.roi, display: format.change(retention.roi), tone: 'keep' },
            { label: text.acquisition, value: acquisition.roi, display: format.change(acquisition.roi), tone: 'win' },
          ]}
        />
      }
    >
      <table class="results">
        <thead>
          <tr>
            <td></td>
            <th scope="col">{text.retention}</th>
            <th scope="col">{text.acquisition}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{text.sales}</th>
            {cells('expected', retention.sales, acquisition.sales)}
          </tr>
          <tr>
            <th scope="row">{text.profit}</th>
            {cells('money', retention.profit, acquisition.profit)}
          </tr>
          <tr>
            <th scope="row">{text.roi}</th>
            {cells('change', retention.roi, acquisition.roi)}
          </tr>
          <tr>
            <th scope="row">{text.payback}</th>
            {cells('count', retention.payback, acquisition.payback)}
          </tr>
        </tbody>
      </table>
      <p>{horizon}</p>
    </CalculatorShell>
  );
}
