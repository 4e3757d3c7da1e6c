import { existsSync } from 'node:fs';

/** These checks read the built site: say so when there is none, rather than fail 300 ways. */
export default function setup() {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind')) {
    throw new Error('test/built/ checks the built site, and dist/ has none: run `npm run build` first.');
  }
  if (!existsSync('dist-base/index.html')) {
    throw new Error('test/built/ also checks the site built to be served under /course/: run `npm run build:base` first.');
  }
}
