import type { APIRoute } from 'astro';
import { withBase } from '../i18n/paths';

// Generated rather than kept in public/ because the sitemap line must be absolute.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n`);
