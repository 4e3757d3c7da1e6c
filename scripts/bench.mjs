// npm run bench: builds the site and measures it on this machine. Writes
// bench/results.json and bench/results.md. Times are medians of BENCH_RUNS runs
// (default 3), because shared machines are noisy; byte counts are exact.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlineLines, offlineSizes } from './offline-sizes.mjs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { findChromium } from './find-chromium.mjs';
import { localeCodes } from '../src/i18n/locales.ts';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = 4391;
const origin = `http://127.0.0.1:${port}`;
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs` first.');
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const pageKinds = {
  home: '',
  'lessons index': 'lessons/',
  lesson: 'lessons/two-ways-to-grow/',
  'lesson with calculator': 'lessons/what-each-costs/',
  'calculator page': 'calculators/cost/',
  'glossary index': 'glossary/',
  'glossary term': 'glossary/clv/',
  'search results': 'search/?q=CLV',
  "trainer's notes": 'trainers/what-each-costs/',
  slides: 'trainers/what-each-costs/slides/',
  'calculator embed': 'embed/calculators/cost/',
};
const locales = localeCodes;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function timedBuild(cwd) {
  const start = process.hrtime.bigint();
  execFileSync('npx', ['astro', 'build'], { cwd, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function indexSizes(dist) {
  const sizes = {};
  // Pagefind's wasm files are code (one per stemming language), reported with the search figures.
  for (const folder of ['index', 'fragment', 'filter']) {
    let names;
    try {
      names = readdirSync(join(dist, 'pagefind', folder));
    } catch {
      continue;
    }
    for (const name of names) {
      const lang = name.split('_')[0];
      sizes[lang] = (sizes[lang] ?? 0) + statSync(join(dist, 'pagefind', folder, name)).size;
    }
  }
  for (const name of readdirSync(join(dist, 'pagefind'))) {
    const match = /^(?:pagefind\.)?([a-z]+)_.*\.pf_meta$/.exec(name);
    if (match) sizes[match[1]] = (sizes[match[1]] ?? 0) + statSync(join(dist, 'pagefind', name)).size;
  }
  return sizes;
}

/** Bytes of a first load, gzip-compressed as a static host would serve them. */
async function firstLoad(browser, url) {
  const page = await browser.newPage();
  const totals = { total: 0, js: 0, css: 0, font: 0, requests: 0 };
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const bytes = type === 'font' || type === 'image' ? body.length : gzipSync(body).length;
          totals.total += bytes;
          totals.requests += 1;
          if (type === 'script') totals.js += bytes;
          if (type === 'stylesheet') totals.css += bytes;
          if (type === 'font') totals.font += bytes;
        },
        () => {},
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await page.close();
  return totals;
}

async function lighthouseScores(url) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromeFlags, `--remote-debugging-port=${9300 + i}`] });
    const result = await lighthouse(url, { port: 9300 + i, output: 'json', logLevel: 'error', formFactor: 'mobile' });
    await browser.close();
    const { categories, audits } = result.lhr;
    samples.push({
      performance: categories.performance.score,
      accessibility: categories.accessibility.score,
      'best-practices': categories['best-practices'].score,
      seo: categories.seo.score,
      LCP: audits['largest-contentful-paint'].numericValue,
      TBT: audits['total-blocking-time'].numericValue,
      CLS: audits['cumulative-layout-shift'].numericValue,
    });
  }
  return Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((s) => s[key]))]));
}

// Queries a reader might type, per language: a word, an acronym, a figure, and on the
// Persian page an Arabic-keyboard spelling.
const searchQueries = {
  en: ['retention', 'CLV', 'word of mouth', '60'],
  ar: ['الاحتفاظ', 'CLV', 'الولاء', '60'],
  fa: ['مشتري', 'CLV', 'وفاداری', '60'],
};

/**
 * Types a query into the results page's box and times, inside the page, the span from
 * the input event (what a keystroke fires) to the results being on screen.
 */
/* global document, MutationObserver -- the callback below runs in the page */
const timeQuery = (page, query) =>
  page.evaluate(async (text) => {
    const box = document.querySelector('#search-query');
    const status = document.querySelector('.search-status');
    const type = (value) => {
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const start = performance.now();
    type(text);
    return new Promise((resolve) => {
      const check = () => {
        const shown = status.textContent.trim();
        if (shown !== '' && !shown.endsWith('…')) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(status, { childList: true, subtree: true, characterData: true });
    });
  }, query);

/**
 * For each query, on a fresh page with nothing cached: the time to first results (Pagefind
 * and its index still to load) and what /pagefind/ sent for it, index files apart from
 * Pagefind's own code; then the median time over BENCH_RUNS more runs, index warm.
 */
async function searchSpeed(browser, locale) {
  const measured = [];
  for (const query of searchQueries[locale]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      // Pagefind's own files come gzip-compressed already; JSON is compressed as a host would.
      const served = (body) => (path.endsWith('.json') ? gzipSync(body).length : body.length);
      if (path.startsWith('/pagefind/'))
        sizes.push(
          response.body().then(
            (body) => ({ path, bytes: served(body) }),
            () => ({ path, bytes: 0 }),
          ),
        );
    });
    await page.goto(`${origin}/${locale}/search/`, { waitUntil: 'networkidle' });
    const coldMs = await timeQuery(page, query);
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(sizes);
    const isCode = (path) => /\.(js|wasm|pagefind)$/.test(path) && !path.includes('/fragment/') && !path.includes('/index/');
    const warm = [];
    for (let i = 0; i < runs; i++) warm.push(await timeQuery(page, query));
    measured.push({
      query,
      coldMs,
      warmMs: median(warm),
      indexBytes: files.filter((f) => !isCode(f.path)).reduce((sum, f) => sum + f.bytes, 0),
      codeBytes: files.filter((f) => isCode(f.path)).reduce((sum, f) => sum + f.bytes, 0),
    });
    await context.close();
  }
  return measured;
}

/** A copy of the project with ten times the content, in a temporary folder. */
function tenfoldCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-10x-'));
  for (const name of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(name, join(dir, name), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  for (const locale of locales) {
    const folder = join(dir, 'content/lessons', locale);
    for (const name of readdirSync(folder)) {
      const text = readFileSync(join(folder, name), 'utf8');
      for (let copy = 1; copy < 10; copy++) {
        const renumbered = text.replace(/^order: (\d+)/m, (_m, n) => `order: ${Number(n) + copy * 100}`);
        writeFileSync(join(folder, name.replace('.mdx', `-copy-${copy}.mdx`)), renumbered);
      }
    }
  }
  const glossary = join(dir, 'content/glossary');
  for (const name of readdirSync(glossary)) {
    for (let copy = 1; copy < 10; copy++) cpSync(join(glossary, name), join(glossary, name.replace('.yaml', `-copy-${copy}.yaml`)));
  }
  return dir;
}

const buildTimes = Array.from({ length: runs }, () => timedBuild('.'));
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${process.platform} ${process.arch}, ${cpus().length} CPUs, Node ${process.version}`,
  runs,
  buildSeconds: median(buildTimes),
  indexBytes: indexSizes('dist'),
  offline: offlineSizes('dist'),
  pages: [],
};

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 4000));
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags });
  for (const [kind, path] of Object.entries(pageKinds)) {
    for (const locale of locales) {
      const url = `${origin}/${locale}/${path}`;
      results.pages.push({ kind, locale, ...(await firstLoad(browser, url)), ...(await lighthouseScores(url)) });
      console.log(`measured ${kind} (${locale})`);
    }
  }
  results.search = [];
  for (const locale of locales) {
    for (const row of await searchSpeed(browser, locale)) results.search.push({ locale, ...row });
    console.log(`measured search (${locale})`);
  }
  await browser.close();
} finally {
  server.kill();
}

const big = tenfoldCopy();
results.tenfold = { buildSeconds: median(Array.from({ length: runs }, () => timedBuild(big))), indexBytes: indexSizes(join(big, 'dist')) };
rmSync(big, { recursive: true, force: true });

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
const kb = (bytes) => (bytes / 1024).toFixed(1);
const lines = [
  '# Benchmark',
  '',
  `Measured on ${results.date}, ${results.machine}, with \`npm run bench\`; times and scores are medians of ${runs} runs.`,
  'Bytes are what a first load fetches, gzip-compressed (fonts as served), before any scrolling.',
  '',
  '| page | locale | total KB | JS KB | CSS KB | fonts KB | requests | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS |',
  '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ...results.pages.map(
    (p) =>
      `| ${p.kind} | ${p.locale} | ${kb(p.total)} | ${kb(p.js)} | ${kb(p.css)} | ${kb(p.font)} | ${p.requests} | ${p.performance} | ${p.accessibility} | ${p['best-practices']} | ${p.seo} | ${Math.round(p.LCP)} | ${Math.round(p.TBT)} | ${p.CLS.toFixed(3)} |`,
  ),
  '',
  `Search, on the results page: the time from a keystroke's input event to results on screen, first with nothing loaded (Pagefind's code and index fetched on the way), then with the index warm (median of ${runs}); and what the query fetched from /pagefind/ for the first ten results (index chunks, their pages' data and the language's spellings list, compressed as served), apart from Pagefind's own code (${kb(results.search[0]?.codeBytes ?? 0)} KB once per visit).`,
  '',
  '| locale | query | first, cold ms | warm ms | index KB fetched |',
  '|---|---|--:|--:|--:|',
  ...results.search.map((s) => `| ${s.locale} | ${s.query} | ${Math.round(s.coldMs)} | ${s.warmMs.toFixed(1)} | ${kb(s.indexBytes)} |`),
  '',
  'Build time and the Pagefind index per language (metadata, word index, filters and excerpt fragments; uncompressed as written), for the site and for a generated copy with ten times the content.',
  '',
  '| content | build s | index KB per language |',
  '|---|--:|---|',
  `| as is | ${results.buildSeconds.toFixed(1)} | ${Object.entries(results.indexBytes)
    .map(([l, b]) => `${l} ${kb(b)}`)
    .join(', ')} |`,
  `| ten times as much | ${results.tenfold.buildSeconds.toFixed(1)} | ${Object.entries(results.tenfold.indexBytes)
    .map(([l, b]) => `${l} ${kb(b)}`)
    .join(', ')} |`,
  '',
  ...offlineLines(results.offline, kb),
];
writeFileSync('bench/results.md', lines.join('\n'));
console.log(lines.join('\n'));
