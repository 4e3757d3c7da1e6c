interface Props {
  label: string;
}

/** Prints the page; the print styles leave every term with its summary and no navigation. */
export default function PrintButton({ label }: Props) {
  return (
    <button type="button" class="no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
