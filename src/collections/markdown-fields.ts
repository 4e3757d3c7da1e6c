import type { Loader } from 'astro/loaders';

type Data = Record<string, unknown>;

/** The value at a dotted path (`exercise.task`), or undefined. */
function valueAt(data: Data, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Data)[key] : undefined), data);
}

/** A copy of `data` with the value at `path` replaced. */
function withValue(data: Data, [key, ...rest]: string[], value: unknown): Data {
  if (key === undefined) return data;
  return { ...data, [key]: rest.length ? withValue((data[key] ?? {}) as Data, rest, value) : value };
}

/**
 * A loader that stores some string fields of each entry as HTML rendered from Markdown by
 * Astro's own processor, the one the lessons go through (same typography, no second
 * Markdown library). The schema validates the Markdown first; a field that is absent
 * stays absent.
 */
export function withMarkdown(loader: Loader, fields: string[]): Loader {
  return {
    name: `${loader.name}-with-markdown`,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          let data: Data = await context.parseData(props);
          for (const field of fields) {
            const path = field.split('.');
            const markdown = valueAt(data, path);
            if (typeof markdown === 'string') data = withValue(data, path, (await context.renderMarkdown(markdown)).html);
          }
          return data as typeof props.data;
        },
      }),
  };
}
