interface Props {
  /** Each kind of line, bar or mark a chart draws (its tone, the class of its swatch) and what it stands for. */
  entries: { tone: string; text: string }[];
}

/** What a chart's colours and marks stand for, in text at the chart's size, each after a swatch drawn like it. */
export default function ChartLegend({ entries }: Props) {
  return (
    <ul class="chart-legend">
      {entries.map((entry) => (
        <li key={entry.text} class="chart-text">
          <span class={`swatch swatch-${entry.tone}`} aria-hidden="true"></span>
          {entry.text}
        </li>
      ))}
    </ul>
  );
}
