import { fill } from '../i18n/island-strings';
import { computeUplift, upliftDefaults, upliftFields } from '../calculators/uplift';
import CalculatorShell, { type CalculatorProps } from './calculator/CalculatorShell';
import LineChart from './calculator/LineChart';
import Figure from './calculator/Figure';
import { useScenario } from './calculator/useScenario';
import { formatters } from './calculator/format';

export default function UpliftCalculator({ locale, shell, text, preset }: CalculatorProps<'uplift'>) {
  const scenario = useScenario('uplift', locale, upliftFields, upliftDefaults, preset);
  const { values } = scenario;
  const format = formatters(locale);
  const result = computeUplift(values);
  // With growth, what the same scenario gives without it: the part growth plays.
  const flat = values.growth ? computeUplift({ ...values, growth: undefined }) : null;
  // Retention is a level, not a change: no plus sign. The fields hold percent, the formatter ratios.
  const raisedLevel = format.percent(result.raisedRetention / 100);
  const currentLevel = format.percent(values.retention / 100);
  const raisedLabel = fill(locale, text.raised, { retention: raisedLevel });
  const currentLabel = `${text.current} (${currentLevel})`;
  const headline = result.tooLong
    ? { figure: format.figure('change', null), sentence: text.tooLong }
    : {
        figure: format.figure('change', result.increase),
        sentence: fill(locale, text.sentence, {
          raised: raisedLevel,
          current: currentLevel,
          before: format.money(result.current),
          after: format.money(result.raised),
        }),
      };

  return (
    <CalculatorShell
      id="uplift"
      locale={locale}
      groups={[{ names: ['retention', 'uplift', 'margin', 'years', 'discount', 'growth'] }]}
      fields={text.fields}
      scenario={scenario}
      problems={result.tooLong ? { years: text.tooLong } : undefined}
      strings={shell}
      headline={headline}
      chart={
        // No curve to draw when the horizon is too long to compute.
        !result.tooLong && (
          <LineChart
            locale={locale}
            label={`${text.curveLabel}: ${currentLabel} ${format.money(result.current)}; ${raisedLabel} ${format.money(result.raised)}`}
            yearsLabel={text.years}
            years={[0, ...result.curve.map((p) => p.year)]}
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
        <dd>
          <Figure figure={format.figure('money', result.current)} />
        </dd>
        <dt>{raisedLabel}</dt>
        <dd>
          <Figure figure={format.figure('money', result.raised)} />
        </dd>
        <dt>{text.increase}</dt>
        <dd>
          <Figure figure={format.figure('change', result.increase)} />
        </dd>
      </dl>
      {flat && !result.tooLong && <p>{fill(locale, text.withoutGrowth, { increase: format.change(flat.increase) })}</p>}
    </CalculatorShell>
  );
}
