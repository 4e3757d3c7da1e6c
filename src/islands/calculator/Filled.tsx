import type { ComponentChild } from 'preact';

interface Props {
  /** A UI string with `{{name}}` placeholders. */
  template: string;
  values: Record<string, ComponentChild>;
}

/** A UI string with elements in its placeholders (a figure that opens to its full value), where `fill` can only put text. */
export default function Filled({ template, values }: Props) {
  // split() with a capturing group keeps the names at the odd positions.
  const parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <span key={i}>{values[part]}</span> : part))}</>;
}
