import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface BuiltPage {
  /** Where the build wrote it. */
  file: string;
  /** The page's URL path: `/fa/lessons/x/`, `/404.html`. */
  url: string;
  html: string;
  /** The `<html lang>` the page declares. */
  lang: string | undefined;
}

/** Every HTML page a build wrote under `root`, for the steps that run after it. */
export async function builtPages(root: string): Promise<BuiltPage[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, 'utf8');
      return {
        file,
        url: '/' + relative(root, file).replaceAll('\\', '/').replace(/index\.html$/, ''),
        html,
        lang: /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1],
      };
    }),
  );
}
