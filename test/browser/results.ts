import type { Page } from '@playwright/test';

/**
 * A calculator's result cells, each as the numbers it shows, written plainly: Latin
 * digits, `.` and `,`, `-` and `%`, bidi marks dropped (`؜-٧٥٪؜` → `-75%`, `۶۰ تا ۷۰` →
 * `60`, `70`). One entry per cell: each `<dd>` of a result list, each `<td>` of a result
 * table, in reading order; so a figure cannot pass by being part of a neighbouring one.
 */
export async function resultCells(page: Page): Promise<string[][]> {
  const cells = await page.locator('.calculator-results dd, .calculator-results tbody td').allTextContents();
  return cells.map(numbersIn);
}

/** The digit characters of the cells that are not the locale's own, which must be none. */
export async function foreignDigits(page: Page, digits: string): Promise<string> {
  const cells = await page.locator('.calculator-results dd, .calculator-results tbody td').allTextContents();
  return [...cells.join('')].filter((char) => /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(char) && !digits.includes(char)).join('');
}

export function numbersIn(text: string): string[] {
  const plain = text
    .replace(/[\u061C\u200E\u200F\u2066-\u2069]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replaceAll('٫', '.')
    .replaceAll('٬', ',')
    .replaceAll('٪', '%');
  return plain.match(/[+-]?\d[\d,.]*%?/g) ?? [];
}
