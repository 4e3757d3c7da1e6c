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
  // With growth, what the same scenario gives without it: the part growth plays.
  const flat = values.growth ? computeUplift({ ...values, growth: undefined }) : null;
  // A level of retention, not a change: no plus sign.
  const percentOf = (points: number) => formatPercent(locale, points / 100);
  const raisedLabel = fill(locale, text.raised, { retention: percentOf(result.raisedRetention) });
  const currentLabel = `${text.current} (${percentOf(values.retention)})`;

  return (
    <CalculatorShell
      id="uplift"
      locale={locale}
      groups={[{ names: ['retention', 'uplift', 'margin', 'years', 'discount', 'growth'] }]}
      fields={text.fields}
      scenario={scenario}
      problems={result.tooLong ? { years: text.tooLong } : undefined}
      strings={shell}
      chart={
        // No curve to draw when the horizon is too long to compute.
        !result.tooLong && (
          <LineChart
            dir={locales[locale].dir}
            label={`${text.curveLabel}: ${currentLabel} ${format.number(result.current)}; ${raisedLabel} ${format.number(result.raised)}`}
            series={[
              { label: currentLabel, points: [0, ...result.curve.map((p) => p.current)], tone: 'keep' },
              { label: raisedLabel, points: [0, ...result.curve.map((p) => p.raised)], tone: 'win' },
            ]}
          />
        )
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
      {result.tooLong && <p>{text.tooLong}</p>}
      {flat && !result.tooLong && <p>{fill(locale, text.withoutGrowth, { increase: format.percent(flat.increase) })}</p>}
    </CalculatorShell>
  );
}
