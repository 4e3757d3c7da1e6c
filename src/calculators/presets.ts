import { calculatorFields, type CalculatorId } from './catalog';
import { validateField, type FieldSpec } from './fields';

/**
 * What is wrong with a calculator preset (`customers=4000&retain=2`): a name that is not one
 * of the calculator's fields, or a value the field refuses. Empty when the link will open
 * the calculator on exactly these numbers.
 */
export function presetProblems(id: CalculatorId, query: string): string[] {
  const fields: Record<string, FieldSpec> = calculatorFields[id];
  const params = [...new URLSearchParams(query)];
  if (params.length === 0) return [`${id}?${query}: no numbers`];
  return params.flatMap(([name, value]) => {
    const spec = fields[name];
    if (!spec) return [`${id}?${query}: ${name} is not a field of ${id}`];
    return validateField(spec, value).ok ? [] : [`${id}?${query}: ${name}=${value} is not a value it accepts`];
  });
}
