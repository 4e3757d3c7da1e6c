import { useState } from 'preact/hooks';
import { locales } from '../i18n/locales';
import { fill } from '../i18n/island-strings';
import type { Currency } from '../i18n/numbers';
import { computeRoi, roiDefaults, roiFields } from '../calculators/roi';
import CalculatorShell, { type CalculatorProps } from './calculator/CalculatorShell';
import BarChart from './calculator/BarChart';
import { useScenario } from './calculator/useScenario';
import { formatters } from './calculator/format';

export default function RoiCalculator({ locale, shell, text, preset }: CalculatorProps<'roi'>) {
  const scenario = useScenario('roi', locale, roiFields, roiDefaults, preset);
  const [currency, setCurrency] = useState<Currency | undefined>();
  const format = formatters(locale, currency);
  const { values } = scenario;
  const { retention, acquisition } = computeRoi(values);
  // Which horizon the results stand on: one order each, or the orders the reader entered.
  const horizon =
    values.ret_orders === undefined && values.acq_orders === undefined
      ? text.horizonFirst
      : fill(locale, text.horizonOrders, { ret: format.number(values.ret_orders ?? 1), acq: format.number(values.acq_orders ?? 1) });

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
      chart={
        <BarChart
          dir={locales[locale].dir}
          label={`${text.roi}: ${text.retention} ${format.percent(retention.roi)}; ${text.acquisition} ${format.percent(acquisition.roi)}`}
          bars={[
            { label: text.retention, value: retention.roi, display: format.percent(retention.roi), tone: 'keep' },
            { label: text.acquisition, value: acquisition.roi, display: format.percent(acquisition.roi), tone: 'win' },
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
            <td>{format.number(retention.sales, 1)}</td>
            <td>{format.number(acquisition.sales, 1)}</td>
          </tr>
          <tr>
            <th scope="row">{text.profit}</th>
            <td>{format.money(retention.profit)}</td>
            <td>{format.money(acquisition.profit)}</td>
          </tr>
          <tr>
            <th scope="row">{text.roi}</th>
            <td>{format.percent(retention.roi)}</td>
            <td>{format.percent(acquisition.roi)}</td>
          </tr>
          <tr>
            <th scope="row">{text.payback}</th>
            <td>{format.number(retention.payback, 0)}</td>
            <td>{format.number(acquisition.payback, 0)}</td>
          </tr>
        </tbody>
      </table>
      <p>{horizon}</p>
    </CalculatorShell>
  );
}
