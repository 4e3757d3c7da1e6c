import { validateField, type FieldSpec } from './fields';

type Inputs = Record<string, number | undefined>;

/**
 * A calculator's state as the page's query string, so that a link reproduces a
 * scenario exactly. Values are read with the same parser as typed input; a bad or
 * hostile value falls back to the default, and is never more than a number.
 *
 * A query with none of the calculator's parameters gives the defaults. Once a link
 * names any of them, an optional parameter it leaves out is meant to be empty.
 */
export function readQuery<I extends Inputs>(search: string, fields: { [K in keyof I]: FieldSpec }, defaults: I): I {
  const params = new URLSearchParams(search);
  const names = Object.keys(fields) as (keyof I & string)[];
  const named = names.some((name) => params.has(name));
  const values: Inputs = {};
  for (const name of names) {
    const spec = fields[name];
    const text = params.get(name);
    if (text === null) {
      values[name] = named && spec.optional ? undefined : defaults[name];
      continue;
    }
    const result = validateField(spec, text);
    values[name] = result.ok ? result.value : defaults[name];
  }
  return values as I;
}

/**
 * A number in plain ASCII digits with '.', as the shortest decimal that reads back as the
 * same number. String() is that, except below 1e-6 and from 1e21, where it switches to
 * exponent notation ("1e-7"), which no reader types and parseNumber refuses.
 */
function plainDecimal(value: number): string {
  const text = String(value);
  const exponential = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponential) return text;
  const [, sign = '', lead = '', rest = '', exponent = ''] = exponential;
  const digits = lead + rest;
  // Where the decimal point falls, counted in digits from the left.
  const point = 1 + Number(exponent);
  return point <= 0 ? `${sign}0.${'0'.repeat(-point)}${digits}` : `${sign}${digits.padEnd(point, '0')}`;
}

/**
 * The query string for a set of values: ASCII digits, '.' as the decimal point, in the
 * order of the values' keys (readQuery and the defaults give the fields' order); a value
 * left empty is left out.
 */
export function writeQuery(values: Record<string, number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) params.set(name, plainDecimal(value));
  }
  return params.toString();
}
