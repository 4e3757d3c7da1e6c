import { describe, expect, it } from 'vitest';
import { labelTableCells } from '../../src/integrations/table-labels';
import type { BuiltPage } from '../../src/integrations/built-pages';

const page = (html: string): BuiltPage => ({ file: 'x.html', url: '/x/', lang: 'en', html, written: html });

describe('labelTableCells', () => {
  it("gives each body cell its column's heading, as text with quotes escaped", () => {
    const built = page(
      '<table><thead><tr><th>Base</th><th>Points to <em>"more"</em> retention</th></tr></thead>' +
        '<tbody><tr><td>Shrinking</td><td class="x">Many leave</td></tr><tr><td>Growing</td><td>Few leave</td></tr></tbody></table>',
    );
    expect(labelTableCells([built])).toBe(1);
    expect(built.html).toContain('<td data-label="Base">Shrinking</td><td data-label="Points to &quot;more&quot; retention" class="x">');
    expect(built.html).toContain('<td data-label="Base">Growing</td>');
  });

  it('leaves tables without a head, and tables with attributes (islands), alone', () => {
    const html = '<table><tbody><tr><td>a</td></tr></tbody></table><table class="results"><thead><tr><th>h</th></tr></thead></table>';
    const built = page(html);
    expect(labelTableCells([built])).toBe(0);
    expect(built.html).toBe(html);
  });
});
