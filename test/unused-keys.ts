/**
 * UI string keys that no source file uses. A key is used when a source file has it as a
 * string literal ('nav.lessons'); when a literal ending in a dot is its prefix; or when
 * a template literal that starts like a key matches it, each `${…}` standing for one
 * segment of a key (`calc.${id}.title` uses calc.cost.title, not calc.cost.field.retain),
 * and one ending in a dot for a prefix. A counted
 * string's plural forms (`x_one`, `x_other`) are used when `x` is.
 */
export function unusedKeys(keys: Iterable<string>, sources: Iterable<string>): string[] {
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  for (const source of sources) {
    for (const [, , text] of source.matchAll(/(['"])((?:\\.|(?!\1)[^\\\n])*)\1/g)) literals.add(text!);
    for (const [, text] of source.matchAll(/`((?:\\.|[^\\`])*)`/g)) {
      if (!text!.includes('${')) {
        literals.add(text!);
        continue;
      }
      const parts = text!.split(/\$\{[^}]*\}/);
      // Only a template that starts like a key (`calc.${id}…`) can make one; `${a}.${b}` is no key.
      if (!/^[a-z][\w-]*\./i.test(parts[0]!)) continue;
      const pattern = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^.]+');
      patterns.push(new RegExp(`^${pattern}${text!.endsWith('.') ? '' : '$'}`));
    }
  }
  const prefixes = [...literals].filter((literal) => literal.endsWith('.') && literal.length > 1);
  const used = (key: string) =>
    literals.has(key) || prefixes.some((prefix) => key.startsWith(prefix)) || patterns.some((pattern) => pattern.test(key));
  return [...keys].filter((key) => !used(key) && !used(key.replace(/_(zero|one|two|few|many|other)$/, '')));
}
