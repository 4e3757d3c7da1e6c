interface Props {
  caption: string;
  /** Each field's label and what the reader typed, in the form's order. */
  rows: { label: string; value: string }[];
}

/** A calculator's inputs as a table, for handouts only: a printed form shows empty-looking boxes. */
export default function PrintedInputs({ caption, rows }: Props) {
  return (
    <table class="calculator-print print-only">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(({ label, value }) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>
              <bdi dir="ltr">{value}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
