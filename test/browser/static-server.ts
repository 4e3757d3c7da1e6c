import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** A built site served as a static host serves it, under `base`, from a folder that can change between requests. */
export interface StaticSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Serves another build from now on: a new deploy. */
  serve(root: string): void;
  close(): Promise<void>;
}

/**
 * Serves `root` under `base` (`/course/`) on a port the system picks, so that a test can
 * serve a build made for a sub-path, or two builds one after the other, beside the
 * preview server of the main build. Like a static host: `dir/` is `dir/index.html`,
 * unknown addresses get `/404.html` with status 404.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  let current = root;
  const fileFor = async (pathname: string) => {
    if (!pathname.startsWith(base)) return null;
    const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
    const path = join(current, relative, pathname.endsWith('/') ? 'index.html' : '');
    return (await stat(path).catch(() => null))?.isFile() ? path : null;
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://host');
      const file = await fileFor(pathname);
      const path = file ?? join(current, '404.html');
      response.writeHead(file ? 200 : 404, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(await readFile(path));
    })().catch(() => {
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    serve: (next) => {
      current = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
