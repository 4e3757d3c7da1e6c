import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaders } from '../../src/hosting/headers';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

function listen(server: Server): Promise<Served> {
  // Port 0: the system picks a free one, so parallel workers and other checkouts never collide.
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/**
 * The built site as a host that reads `_headers` serves it (Netlify, Cloudflare Pages):
 * `astro preview` ignores the file, so framing cannot be tested there.
 */
export async function serveBuiltSite(root = 'dist'): Promise<Served> {
  const rules = parseHeaders(await readFile(join(root, '_headers'), 'utf8'));
  return listen(
    createServer(async (request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          ...Object.fromEntries(headersFor(rules, path)),
          'content-type': types[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    }),
  );
}

/** One page of HTML on an origin of its own: another site that frames ours. */
export function serveHostPage(html: string): Promise<Served> {
  return listen(createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)));
}
