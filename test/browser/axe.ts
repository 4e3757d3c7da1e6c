import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { axeTags } from './site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core into every page the context opens, as the page starts. @axe-core/playwright
 * injects it on each `analyze()` and finishes each run in a new blank page, which costs
 * three times what the check itself does; with hundreds of pages that is minutes. The site
 * has no frames, which is what that machinery is for.
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** What axe finds wrong with the page as it is now, one line per rule: `id: selector, selector`. */
export async function axeViolations(page: Page, tags: readonly string[] = axeTags): Promise<string[]> {
  return page.evaluate(
    async (values) => {
      interface Result {
        violations: { id: string; nodes: { target: unknown[] }[] }[];
      }
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    [...tags],
  );
}
