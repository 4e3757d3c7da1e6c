import type { BuiltPage } from './built-pages';

/**
 * Gives every body cell of a content table its column's heading as `data-label`, so
 * that a phone can show each row as a card of labelled lines (components/Prose.astro)
 * instead of crushing four columns into 358 px. Markdown goes through Sätteri, which runs
 * no rehype plugins, so this is done on the built pages. Only plain `<table>`s (Markdown's)
 * with a head; returns how many tables it labelled.
 */
export function labelTableCells(pages: readonly BuiltPage[]): number {
  let labelled = 0;
  for (const page of pages) {
    page.html = page.html.replace(/<table>([\s\S]*?)<\/table>/g, (table, inner: string) => {
      const head = /<thead>([\s\S]*?)<\/thead>/.exec(inner)?.[1];
      if (!head) return table;
      const labels = [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map(([, cell]) =>
        cell!
          .replace(/<[^>]*>/g, '')
          .replace(/\s+/g, ' ')
          .trim()
          .replaceAll('"', '&quot;'),
      );
      labelled++;
      const body = inner.replace(/<tbody>([\s\S]*?)<\/tbody>/, (_, rows: string) => {
        const labelledRows = rows.replace(/<tr>([\s\S]*?)<\/tr>/g, (_row, cells: string) => {
          let column = 0;
          const withLabels = cells.replace(/<td(?=[\s>])/g, () => {
            const label = labels[column++];
            return label ? `<td data-label="${label}"` : '<td';
          });
          return `<tr>${withLabels}</tr>`;
        });
        return `<tbody>${labelledRows}</tbody>`;
      });
      return `<table>${body}</table>`;
    });
  }
  return labelled;
}
