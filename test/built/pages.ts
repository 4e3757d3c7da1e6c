/** Astro's page for an entry of `redirects` (astro.config.mjs): a refresh to the new address, and a link to it. */
export const isRedirect = (html: string) => /<meta http-equiv="refresh"/i.test(html);

/** Where a redirect page sends the reader. */
export const redirectTarget = (html: string) => /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];
