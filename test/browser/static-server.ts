import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeaders, type HeaderRule } from '../../src/hosting/headers';

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
  '.txt': 'text/plain; charset=utf-8',
};

/** A server on a port the system picks, so parallel workers and other checkouts never collide. */
export interface Served {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** A built site as a static host serves it. */
export interface StaticSite extends Served {
  /** Serves another build from now on: a new deploy. */
  serve(root: string): void;
}

async function listen(server: Server): Promise<Served> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Serves the build in `root` under `base` (`/course/`), like a static host: `dir/` is
 * `dir/index.html`, unknown addresses get `/404.html` with status 404. With `headers`, the
 * build's `_headers` file applies, as on Netlify or Cloudflare Pages (`astro preview` ignores
 * it, so framing cannot be tested there). The folder can change between requests.
 */
export async function serveStatic(root: string, base = '/', { headers = false } = {}): Promise<StaticSite> {
  let current = root;
  const rules: HeaderRule[] = headers ? parseHeaders(await readFile(join(root, '_headers'), 'utf8')) : [];
  const fileFor = async (pathname: string) => {
    if (!pathname.startsWith(base)) return null;
    const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
    const path = join(current, relative, pathname.endsWith('/') ? 'index.html' : '');
    return (await stat(path).catch(() => null))?.isFile() ? path : null;
  };
  const server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://host');
      const file = await fileFor(pathname);
      const path = file ?? join(current, '404.html');
      response.writeHead(file ? 200 : 404, {
        ...Object.fromEntries(headersFor(rules, decodeURIComponent(pathname))),
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(await readFile(path));
    })().catch(() => {
      response.writeHead(500).end();
    });
  });
  const served = await listen(server);
  return {
    ...served,
    serve: (next) => {
      current = next;
    },
  };
}

/** One page of HTML on an origin of its own: another site that frames ours. */
export function serveHostPage(html: string): Promise<Served> {
  return listen(createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)));
}
