import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface BuiltPage {
  /** Where the build wrote it. */
  readonly file: string;
  /** The page's URL path: `/fa/lessons/x/`, `/404.html`. */
  readonly url: string;
  /** The `<html lang>` the page declares. */
  readonly lang: string | undefined;
  /** The page as the steps so far have left it: a step that changes a page assigns here. */
  html: string;
  /** The page as the build wrote it. */
  readonly written: string;
}

/**
 * Every HTML page a build wrote under `root`, read once for all the steps that run after
 * it (src/integrations/index.ts), which change `html` and leave the writing to
 * `writeChangedPages`.
 */
export async function readBuiltPages(root: string): Promise<BuiltPage[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, 'utf8');
      return {
        file,
        url:
          '/' +
          relative(root, file)
            .replaceAll('\\', '/')
            .replace(/index\.html$/, ''),
        html,
        written: html,
        lang: /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1],
      };
    }),
  );
}

/** Writes back the pages a step changed; returns how many. */
export async function writeChangedPages(pages: readonly BuiltPage[]): Promise<number> {
  const changed = pages.filter((page) => page.html !== page.written);
  await Promise.all(changed.map((page) => writeFile(page.file, page.html)));
  return changed.length;
}
