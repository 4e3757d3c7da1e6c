import { locales } from '../i18n/locales';
import { fill } from '../i18n/island-strings';
import { formatPercent } from '../i18n/numbers';
import { computeUplift, upliftDefaults, upliftFields } from '../calculators/uplift';
import CalculatorShell, { type CalculatorProps } from './calculator/CalculatorShell';
import LineChart from './calculator/LineChart';
import { useScenario } from './calculator/useScenario';
import { formatters } from './calculator/format';

export default function UpliftCalculator({ locale, shell, text, preset }: CalculatorProps<'uplift'>) {
  const scenario = useScenario('uplift', locale, upliftFields, upliftDefaults, preset);
  const { values } = scenario;
  const format = formatters(locale);
  const result = computeUplift(values);
  // A level of retention, not a change: no plus sign.
  const percentOf = (points: number) => formatPercent(locale, points / 100);
  const raisedLabel = fill(locale, text.raised, { retention: percentOf(result.raisedRetention) });
  const currentLabel = `${text.current} (${percentOf(values.retention)})`;

  return (
    <CalculatorShell
      id="uplift"
      locale={locale}
      groups={[{ names: ['retention', 'uplift', 'margin', 'years', 'discount'] }]}
      fields={text.fields}
      scenario={scenario}
      strings={shell}
      chart={
        <LineChart
          dir={locales[locale].dir}
          label={`${text.curveLabel}: ${currentLabel} ${format.number(result.current)}; ${raisedLabel} ${format.number(result.raised)}`}
          series={[
            { label: currentLabel, points: [0, ...result.curve.map((p) => p.current)], tone: 'keep' },
            { label: raisedLabel, points: [0, ...result.curve.map((p) => p.raised)], tone: 'win' },
          ]}
        />
      }
    >
      <dl class="results">
        <dt>{currentLabel}</dt>
        <dd>{format.number(result.current)}</dd>
        <dt>{raisedLabel}</dt>
        <dd>{format.number(result.raised)}</dd>
        <dt>{text.increase}</dt>
        <dd>{format.percent(result.increase)}</dd>
      </dl>
    </CalculatorShell>
  );
}
