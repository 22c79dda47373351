// `make bench`: measures the release build and prints one table; writes bench/results.json.
// It measures, it asserts nothing (the byte budget is a test in `make test`). See
// bench/README.md for what each figure means.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';
import { shellBytes } from './bytes.mjs';
import { wasmParts } from './wasm-parts.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const MARK = 'manchette:home-rendered';
const SIZES = (process.env.BENCH_SIZES ?? '50,500,2000,5000').split(',').map(Number);
const RUNS = 7;
const SWITCHES = 50;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** A fresh context (empty cache, no service worker) that records the app's wasm memory. */
async function openContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', serviceWorkers: 'block', ...options });
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (event) => { window.__wasmMemory = event.detail.wasm.memory; });
  });
  return context;
}

const progress = (text) => process.stderr.write(`bench: ${text}\n`);

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const percentile = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const round = (n, digits = 1) => Number(n.toFixed(digits));

/** The app's wasm again (the main part, without the parts fetched on demand), built the way
 * scripts/split-wasm.mjs builds it but keeping the function names (the shipped file drops
 * them), then split by crate and by module of ours. */
async function parts() {
  const dir = await mkdtemp(join(tmpdir(), 'manchette-parts-'));
  const compiled = join(ROOT, 'target/release-wasm/wasm32-unknown-unknown/release/manchette.wasm');
  execFileSync('wasm-split-cli', [compiled, join(dir, 'split'), '--out-name', 'main']);
  execFileSync('wasm-bindgen', ['--keep-debug', '--keep-lld-exports', '--target', 'web', '--out-dir', dir, join(dir, 'split', 'main.wasm')]);
  const named = join(dir, 'named.wasm');
  execFileSync('wasm-opt', ['-Oz', '-g', '--enable-reference-types', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', join(dir, 'main_bg.wasm'), '-o', named]);
  const found = await wasmParts(named);
  await rm(dir, { recursive: true, force: true });
  return { functions: found.functions, code: found.code, data: found.data, crates: found.crates.slice(0, 15), modules: found.modules.slice(0, 20) };
}

/** Publishes `dir` for `siteUrl` (from its own feed); returns the seconds it took. Pictures'
 * variants are kept in `imageCache` (a fresh one by default: every picture is made). */
function publishInto(dir, siteUrl, imageCache = join(dir, '.image-cache')) {
  const start = process.hrtime.bigint();
  execFileSync(join(ROOT, 'target/tools/publish'), ['--dist', dir, '--site-url', siteUrl, '--image-cache', imageCache, '--archive', `${dir}-archive/archive.sqlite`],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** A copy of dist/ with `feed` as its feed and the reference page under reference/. With
 * `publish`, the copy is published again from that feed at the address it is served from. */
async function site(feedBytes, { publish = false, photos = false } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'manchette-bench-'));
  await cp(DIST, dir, { recursive: true });
  if (feedBytes) await writeFile(join(dir, 'feed.json'), feedBytes);
  // The sample with camera-size photos in place of its drawings (gen-photos).
  if (photos) execFileSync(join(ROOT, 'target/tools/gen-photos'), [join(dir, 'feed.json'), dir], { stdio: 'ignore' });
  // With a generated feed the app draws itself: the front page is the empty page, as before
  // there were published pages, so that the render is compared with the reference as it was.
  if (feedBytes && !publish) await cp(join(dir, '404.html'), join(dir, 'index.html'));
  await cp(join(ROOT, 'bench/reference'), join(dir, 'reference'), { recursive: true });
  const styles = (await readdir(DIST)).filter((f) => f.endsWith('.css'));
  const index = await readFile(join(ROOT, 'dist/index.html'), 'utf8');
  const ordered = [...index.matchAll(/href="\/?([^"]+\.css)"/g)].map((m) => m[1]).filter((f) => styles.includes(f));
  const html = (await readFile(join(dir, 'reference/index.html'), 'utf8'))
    .replace('<!-- STYLES: make bench puts the app\'s own stylesheets here. -->', ordered.map((f) => `<link rel="stylesheet" href="../${f}" />`).join('\n    '));
  await writeFile(join(dir, 'reference/index.html'), html);
  // The reference reads the feed beside it.
  await cp(join(dir, 'feed.json'), join(dir, 'reference/feed.json'));
  // As a CDN serves it: compressed, and every path answered by the app (Netlify's rule).
  const server = await serveStatic(dir, { compress: true, fallback: 'spa' });
  const publishSeconds = publish ? publishInto(dir, server.url) : null;
  // Compress everything once before timing anything, as a CDN's cache would hold it.
  const files = (await readdir(dir)).filter((f) => /\.(wasm|js|css|json|html)$/.test(f));
  for (const file of [...files, 'reference/feed.json', 'reference/home.js']) {
    for (const encoding of ['br', 'gzip']) await fetch(`${server.url}${file}`, { headers: { 'accept-encoding': encoding } }).then((r) => r.arrayBuffer());
  }
  return {
    ...server, dir, publishSeconds,
    dispose: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
      await rm(`${dir}-archive`, { recursive: true, force: true });
    },
  };
}

/** Publishing a large feed: every page written, then again with nothing changed. */
async function publishing() {
  const items = 5000;
  progress(`publishing ${items} items`);
  const web = await site(generate(items), { publish: true });
  const again = publishInto(web.dir, web.url);
  const pages = (await readdir(join(web.dir, 'article'))).length;
  await web.dispose();
  return { items, articles: pages, first_s: round(web.publishSeconds, 2), again_s: round(again, 2) };
}

/** Words of gen-feed's vocabulary, each typed a letter at a time into the search box. */
const ARCHIVE_QUERIES = ['investissement', 'calendrier', 'responsables'];

/** The archive's search on the published `site` (served as a CDN serves it): the bytes of the
 * index (as sent) that a first query and a later one fetch, then, for every prefix of
 * ARCHIVE_QUERIES from three letters, the time from the search's start (the search
 * box's pause over: the address changes) to its answer drawn, once the index's code and
 * first chunks are in. */
async function archiveSearch(browser, site) {
  const server = await serveStatic(site, { compress: true, fallback: 'spa' });
  const context = await openContext(browser);
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (request) => {
    if (request.url().includes('/pagefind/')) fetched.push(request.sizes().then((sizes) => sizes.responseBodySize));
  });
  const indexBytes = async () => (await Promise.all(fetched.splice(0))).reduce((sum, size) => sum + size, 0);
  const answered = '.search-archive [role="status"]';
  await page.goto(`${server.url}recherche?q=${encodeURIComponent(ARCHIVE_QUERIES[0])}`);
  await page.locator(answered).waitFor({ timeout: 60_000 });
  const first = await indexBytes();
  // The page keeps the archive's place from one query to the next: the answer is a new status.
  const before = await page.locator(answered).elementHandle();
  await page.locator('#recherche-q').fill(ARCHIVE_QUERIES[1]);
  await page.waitForFunction((old) => {
    const status = document.querySelector('.search-archive [role="status"]');
    return status !== null && status !== old;
  }, before, { timeout: 60_000 });
  const later = await indexBytes();
  const answers = [];
  for (const query of ARCHIVE_QUERIES) {
    for (let length = 3; length <= query.length; length += 1) {
      const ms = await page.evaluate(async (text) => {
        const before = document.querySelector('.search-archive [role="status"]');
        const input = document.querySelector('#recherche-q');
        // The search starts when the box's pause is over and the address changes.
        let started = null;
        const originals = { pushState: history.pushState, replaceState: history.replaceState };
        for (const [name, original] of Object.entries(originals)) {
          history[name] = function (...args) { started ??= performance.now(); return original.apply(this, args); };
        }
        const drawn = await new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            const status = document.querySelector('.search-archive [role="status"]');
            if (started !== null && status && status !== before) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
          setTimeout(() => { observer.disconnect(); resolve(null); }, 30_000);
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        Object.assign(history, originals);
        return drawn;
      }, query.slice(0, length));
      if (ms !== null) answers.push(ms);
    }
  }
  await context.close();
  await server.close();
  return {
    first_query_bytes: first, later_query_bytes: later, keystrokes: answers.length,
    answer_p50_ms: round(percentile(answers, 50)), answer_p95_ms: round(percentile(answers, 95)),
  };
}

/** The archive at scale: a paper of BENCH_ARCHIVE generated items (100,000 by default), in
 * feed pages of 1,000, published from nothing (its backlog, every page followed), then again
 * with nothing new: each run's wall time and peak memory (GNU time), the files it wrote, and
 * what the site then holds; then its search (`archiveSearch`). */
async function archiveScale(browser) {
  const total = Number(process.env.BENCH_ARCHIVE ?? 100_000);
  progress(`publishing an archive of ${total} items`);
  const dir = await mkdtemp(join(tmpdir(), 'manchette-archive-'));
  const site = join(dir, 'site');
  await cp(DIST, site, { recursive: true });
  await mkdir(join(dir, 'feed'));
  const feed = JSON.parse(generate(total));
  const perPage = 1000;
  const pages = Math.ceil(feed.items.length / perPage);
  for (let page = 0; page < pages; page += 1) {
    const next = page + 1 < pages ? { next_url: `page-${page + 2}.json` } : {};
    const items = feed.items.slice(page * perPage, (page + 1) * perPage);
    await writeFile(join(dir, 'feed', `page-${page + 1}.json`), JSON.stringify({ ...feed, ...next, items }));
  }
  const run = () => {
    const ran = spawnSync('/usr/bin/time', ['-f', 'time %e %M', join(ROOT, 'target/tools/publish'), '--dist', site,
      '--site-url', 'http://127.0.0.1:8080/', '--archive', join(dir, 'archive.sqlite'), '--image-cache', join(dir, 'images'),
      join(dir, 'feed/page-1.json')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (ran.status !== 0) throw new Error(`publish: ${ran.stderr.slice(-2000)}`);
    const [, seconds, kb] = ran.stderr.match(/time ([\d.]+) (\d+)\s*$/);
    const [, written] = ran.stdout.match(/(\d+) files written/);
    return { s: round(Number(seconds), 1), peak_mb: Math.round(Number(kb) / 1024), written: Number(written) };
  };
  const first = run();
  const again = run();
  let files = 0;
  let bytes = 0;
  const folders = [site];
  while (folders.length > 0) {
    const folder = folders.pop();
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) folders.push(path);
      else { files += 1; bytes += (await stat(path)).size; }
    }
  }
  const archiveMb = Math.round((await stat(join(dir, 'archive.sqlite'))).size / 2 ** 20);
  progress(`searching the archive of ${total} items`);
  const search = await archiveSearch(browser, site);
  await rm(dir, { recursive: true, force: true });
  return { items: total, feed_pages: pages, first, again, files, site_mb: Math.round(bytes / 2 ** 20), archive_mb: archiveMb, search };
}

/** Publishing's image step: a feed of 100 articles, each with a photo of its own (2048 ×
 * 1365, about 390 KB), made into variants; then again with nothing new; then the same feed
 * without its pictures. And what the variants weigh, by format and width, against the JPEG
 * originals. */
async function pictures() {
  progress('publishing 100 photos');
  const feed = JSON.parse(generate(100));
  feed.items.forEach((item, i) => { item.image = `img/a-${i}.svg`; });
  const web = await site(Buffer.from(JSON.stringify(feed)), { photos: true });
  const cache = join(web.dir, '.image-cache');
  const first = publishInto(web.dir, web.url, cache);
  const again = publishInto(web.dir, web.url, cache);
  const served = JSON.parse(await readFile(join(web.dir, 'feed.json'), 'utf8'));
  const originals = (await readdir(join(web.dir, 'img'))).filter((f) => f.startsWith('photo-'));
  let originalBytes = 0;
  for (const file of originals) originalBytes += (await readFile(join(web.dir, 'img', file))).length;
  // By format and width: the variants' bytes summed over every photo.
  const byVariant = {};
  for (const file of await readdir(join(web.dir, 'img/v'))) {
    const [, width, ext] = file.match(/-(\d+)\.(webp|jpg)$/);
    const key = `${ext} ${width}`;
    byVariant[key] = (byVariant[key] ?? 0) + (await readFile(join(web.dir, 'img/v', file))).length;
  }
  for (const item of served.items) { delete item.image; delete item._manchette?.pictures; }
  await writeFile(join(web.dir, 'feed.json'), JSON.stringify(served));
  const without = publishInto(web.dir, web.url, cache);
  await web.dispose();
  return {
    photos: originals.length, original_kb: round(originalBytes / originals.length / 1024),
    first_s: round(first, 2), again_s: round(again, 2), without_pictures_s: round(without, 2),
    per_photo_ms: Math.round(((first - without) * 1000) / originals.length),
    variants_kb: Object.fromEntries(Object.entries(byVariant).map(([k, bytes]) => [k, round(bytes / originals.length / 1024)])),
  };
}

/** The pictures a phone (412 px wide, 1.75 device pixels per CSS pixel, as Lighthouse's
 * mobile run) downloads on opening a page, without scrolling: their bytes, and what the
 * originals of the same pictures weigh. */
async function phoneImages(browser, url, originals) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const images = new Map();
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => { if (type === 'Image') images.set(requestId, { url: response.url, bytes: 0 }); });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => { if (images.has(requestId)) images.get(requestId).bytes = encodedDataLength; });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => performance.getEntriesByName('manchette:interactive').length > 0);
  await page.waitForLoadState('networkidle');
  const shown = await page.evaluate(() => [...document.images].filter((i) => i.complete && i.currentSrc).map((i) => i.currentSrc));
  await context.close();
  const loaded = [...images.values()];
  // Each picture shown, once, by its original: the key in a variant's name.
  const keys = new Set(loaded.map(({ url }) => url.match(/img\/v\/([0-9a-f]{16})-/)?.[1]).filter(Boolean));
  const originalBytes = [...keys].reduce((sum, key) => sum + (originals.get(key) ?? 0), 0);
  return { requests: loaded.length, kb: round(loaded.reduce((sum, i) => sum + i.bytes, 0) / 1024), shown: shown.length, original_kb: round(originalBytes / 1024) };
}

function generate(items) {
  return execFileSync(join(ROOT, 'target/tools/gen-feed'), ['--items', String(items), '--seed', '1'], { maxBuffer: 1 << 30 });
}

async function markTime(browser, url) {
  const context = await openContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 60_000 });
  const time = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK);
  const memory = await memoryOf(page);
  await context.close();
  return { time, memory };
}

async function memoryOf(page) {
  const cdp = await page.context().newCDPSession(page);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? null);
  return { jsHeap: usedSize, wasm };
}

async function render(browser) {
  const rows = [];
  for (const items of SIZES) {
    const bytes = generate(items);
    const web = await site(bytes);
    const app = [];
    const reference = [];
    let memory = null;
    progress(`home render with ${items} items`);
    for (let run = 0; run < RUNS; run += 1) {
      const a = await markTime(browser, web.url);
      app.push(a.time);
      memory = a.memory;
      reference.push((await markTime(browser, `${web.url}reference/`)).time);
    }
    rows.push({ items, feed_bytes: bytes.length, app_ms: round(median(app)), reference_ms: round(median(reference)),
      ratio: round(median(app) / median(reference), 2), memory });
    await web.dispose();
  }
  return rows;
}

async function routeSwitches(browser) {
  progress('route switches');
  const web = await site(null);
  const context = await openContext(browser);
  const page = await context.newPage();
  await page.goto(web.url);
  // The published front page: links route inside the app once it is interactive (before, a
  // click loads the published page, as with JavaScript off).
  await page.waitForFunction(() => performance.getEntriesByName('manchette:interactive').length > 0);
  const results = await page.evaluate(async (count) => {
    // Time from the click to the new view laid out: its h1 in place (a new element, or the
    // same one with the new title when the view is updated in place), then layout forced.
    const timeClick = (anchor) => new Promise((resolve) => {
      const before = document.querySelector('main h1');
      const beforeText = before?.textContent;
      const start = performance.now();
      const observer = new MutationObserver(() => {
        const h1 = document.querySelector('main h1');
        if (h1 && (h1 !== before || h1.textContent !== beforeText)) {
          observer.disconnect();
          void document.body.offsetHeight;
          resolve(performance.now() - start);
        }
      });
      observer.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
      anchor.click();
    });
    const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const go = async (anchor) => { anchor.click(); await settle(); await settle(); };
    const times = { 'article → article': [], 'home → section': [], 'section → article': [] };
    const home = () => document.querySelector('#rubriques a[href$="/"]');
    for (let i = 0; i < count; i += 1) {
      await go(home());
      const sections = [...document.querySelectorAll('.section-block h2 a')];
      times['home → section'].push(await timeClick(sections[i % sections.length]));
      await settle();
      const cards = [...document.querySelectorAll('.listing .card-title a')];
      times['section → article'].push(await timeClick(cards[i % cards.length]));
      await settle();
      const neighbour = document.querySelector('.neighbour');
      times['article → article'].push(await timeClick(neighbour));
      await settle();
    }
    return times;
  }, SWITCHES);
  await context.close();
  await web.dispose();
  const percentiles = (values) => ({ p50: round(percentile(values, 50), 2), p95: round(percentile(values, 95), 2) });
  return Object.fromEntries(Object.entries(results).map(([name, values]) => [name, percentiles(values)]));
}

async function parsing(browser) {
  progress('parsing');
  const bytes = generate(5000);
  const web = await site(bytes);
  const context = await openContext(browser);
  const page = await context.newPage();
  await page.goto(web.url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 60_000 });
  // Search: the index built once, then every prefix of a few words, as typed without accents.
  const words = ['seisme', 'economie', 'gouvernement', 'l\'etat', 'reforme region', 'tanger port'];
  const queries = words.flatMap((word) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)));
  const search = await page.evaluate(async (list) => {
    const bytes = new Uint8Array(await (await fetch('feed.json')).arrayBuffer());
    return window.wasmBindings.bench_search(bytes, list);
  }, queries);
  const result = await page.evaluate(async (runs) => {
    const buffer = await (await fetch('feed.json')).arrayBuffer();
    const bytes = new Uint8Array(buffer);
    const time = (f) => { const t = []; for (let i = 0; i < runs; i += 1) { const s = performance.now(); f(); t.push(performance.now() - s); } return t.sort((a, b) => a - b)[Math.floor(runs / 2)]; };
    let items = 0;
    const wasm = time(() => { items = window.wasmBindings.bench_parse_feed(bytes); });
    const json = time(() => JSON.parse(new TextDecoder().decode(bytes)).items.length);
    return { mb: bytes.length / 1e6, wasm, json, items };
  }, RUNS);
  await context.close();
  await web.dispose();
  return {
    feed_mb: round(result.mb, 2), items: result.items,
    wasm_mb_s: round(result.mb / (result.wasm / 1000)), json_parse_mb_s: round(result.mb / (result.json / 1000)),
    ratio: round(result.json / result.wasm, 2),
    search_index_ms: round(search[0]),
    search_keystrokes: queries.length,
    search_p50_ms: round(percentile(search.slice(1), 50), 2),
    search_p95_ms: round(percentile(search.slice(1), 95), 2),
  };
}

function runAsync(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function lighthouse(browser, { photos = false } = {}) {
  // The published sample paper, at the address it is served from; with `photos`, with
  // camera-size photos in place of its drawings.
  const web = await site(null, { publish: true, photos });
  // The lead story, at the canonical address its card links to, as a reader arrives there.
  const page = await browser.newPage();
  await page.goto(web.url);
  const article = new URL(await page.locator('.card-lead .card-title a').getAttribute('href'), web.url).href;
  await page.close();
  const pages = { home: web.url, article };
  const out = {};
  if (photos) {
    // What a phone downloads of the pictures, each page against the originals it shows: the
    // served feed names each original's key.
    const originals = new Map();
    const served = JSON.parse(await readFile(join(web.dir, 'feed.json'), 'utf8'));
    for (const [src, facts] of served.items.flatMap((item) => Object.entries(item._manchette?.pictures ?? {}))) {
      originals.set(facts.split(' ')[0], (await readFile(join(web.dir, new URL(src).pathname))).length);
    }
    out.phone_images = {};
    for (const [name, url] of Object.entries(pages)) out.phone_images[name] = await phoneImages(browser, url, originals);
  }
  for (const [name, url] of Object.entries(pages)) {
    progress(`lighthouse: ${photos ? 'photos, ' : ''}${name}`);
    const report = await lighthouseReport(url);
    out[name] = report.error ? report : scores(report);
  }
  await web.dispose();
  return out;
}

/** Lighthouse's mobile run on `url`: its report, or the error it ended with. */
async function lighthouseReport(url) {
  const binary = join(ROOT, 'bench/node_modules/.bin/lighthouse');
  // Asynchronously: the static server runs in this process and must keep answering.
  const run = await runAsync(binary, [url, '--output=json', '--quiet', '--form-factor=mobile',
    `--chrome-flags=--headless=new ${ARGS.join(' ')}`], { ...process.env, CHROME_PATH: '/usr/bin/chromium' });
  return run.status === 0 ? JSON.parse(run.stdout) : { error: run.stderr.split('\n').slice(-3).join(' ') };
}

/** A report's scores and metrics. */
function scores(report) {
  const score = (id) => Math.round(report.categories[id].score * 100);
  const metric = (id) => report.audits[id].numericValue;
  return {
    performance: score('performance'), accessibility: score('accessibility'),
    best_practices: score('best-practices'), seo: score('seo'),
    fcp_ms: Math.round(metric('first-contentful-paint')), lcp_ms: Math.round(metric('largest-contentful-paint')),
    tbt_ms: Math.round(metric('total-blocking-time')), cls: round(metric('cumulative-layout-shift'), 3),
    speed_index_ms: Math.round(metric('speed-index')),
    longest_task_ms: Math.round(Math.max(0, ...(report.audits['long-tasks']?.details?.items ?? []).map((t) => t.duration))),
  };
}

/** The video providers' hosts, their players' and their posters'. */
const PROVIDERS = /(^|\.)(youtube\.com|youtube-nocookie\.com|ytimg\.com|vimeo\.com|vimeocdn\.com|dailymotion\.com|dmcdn\.net|soundcloud\.com|sndcdn\.com|spotify\.com|scdn\.co|facebook\.com|fbcdn\.net|twitter\.com|twimg\.com)$/;

/** Lighthouse on a WordPress post with three video embeds, a tweet and a native video
 * (tests/import_fixtures/wordpress-media.rss), published; and what it asked, while loading,
 * of the video providers and of any other origin (here only the CMS's pictures, which this
 * machine cannot reach: publishing kept their URLs). */
async function lighthouseEmbeds(browser) {
  const feed = execFileSync(join(ROOT, 'target/tools/import'), [join(ROOT, 'tests/import_fixtures/wordpress-media.rss')],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  const web = await site(feed, { publish: true });
  const page = await browser.newPage();
  await page.goto(web.url);
  const url = new URL(await page.locator('main a', { hasText: 'Tanger Med, une nuit sur le quai' }).first().getAttribute('href'), web.url).href;
  await page.close();
  progress('lighthouse: an article with video embeds');
  const report = await lighthouseReport(url);
  await web.dispose();
  if (report.error) return { article: report };
  const elsewhere = (report.audits['network-requests']?.details?.items ?? []).filter((r) => new URL(r.url).origin !== new URL(url).origin);
  const sum = (requests) => ({ requests: requests.length, bytes: requests.reduce((total, r) => total + (r.transferSize ?? 0), 0) });
  return {
    article: scores(report),
    providers: sum(elsewhere.filter((r) => PROVIDERS.test(new URL(r.url).hostname))),
    other_origins: sum(elsewhere.filter((r) => !PROVIDERS.test(new URL(r.url).hostname))),
  };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });

const results = { date: new Date().toISOString(), bytes: await shellBytes(DIST) };
results.wasm_parts = await parts();
results.render = await render(browser);
results.route_switches = await routeSwitches(browser);
results.parsing = await parsing(browser);
results.publishing = await publishing();
results.pictures = await pictures();
results.archive = await archiveScale(browser);
results.lighthouse = await lighthouse(browser);
results.lighthouse_photos = await lighthouse(browser, { photos: true });
results.lighthouse_embeds = await lighthouseEmbeds(browser);
await browser.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const lines = ['', 'Manchette benchmark', ''];
lines.push('Bytes (app shell: everything the first render needs but the feed)');
lines.push('  file          raw        gzip -9    brotli -11');
for (const [name, s] of Object.entries(results.bytes)) {
  lines.push(`  ${name.padEnd(12)}  ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);
}
const w = results.wasm_parts;
lines.push('', `Where the wasm's code goes (${w.functions} functions, ${kb(w.code)} of code and ${kb(w.data)} of data, raw; names kept)`);
const columns = (rows) => rows.map(([name, bytes]) => `${kb(bytes).padStart(9)}  ${name}`);
const crates = columns(w.crates);
const modules = columns(w.modules);
lines.push(`  ${'by crate'.padEnd(40)}by module of ours`);
for (let i = 0; i < Math.max(crates.length, modules.length); i += 1) lines.push(`  ${(crates[i] ?? '').padEnd(40)}${modules[i] ?? ''}`);
lines.push('', `Home render, navigation start → front page drawn (median of ${RUNS}, interleaved)`);
lines.push('  items   feed       app ms   reference ms   ratio   wasm memory   JS heap');
for (const r of results.render) {
  lines.push(`  ${String(r.items).padStart(5)}   ${kb(r.feed_bytes).padStart(9)}  ${String(r.app_ms).padStart(7)}  ${String(r.reference_ms).padStart(13)}  ${String(r.ratio).padStart(6)}   ${(r.memory.wasm ? kb(r.memory.wasm) : '?').padStart(11)}  ${kb(r.memory.jsHeap).padStart(8)}`);
}
lines.push('', `Route switches, click → new view laid out (${SWITCHES} each)`);
for (const [name, p] of Object.entries(results.route_switches)) lines.push(`  ${name.padEnd(20)} p50 ${p.p50} ms   p95 ${p.p95} ms`);
const p = results.parsing;
lines.push('', `Parsing the ${p.items}-item feed (${p.feed_mb} MB), median of ${RUNS}`);
lines.push(`  wasm (the app's own reader, into the model)  ${p.wasm_mb_s} MB/s`);
lines.push(`  JSON.parse (TextDecoder + JSON.parse)          ${p.json_parse_mb_s} MB/s   (wasm/JSON.parse: ${p.ratio})`);
lines.push(`Search over the same ${p.items} items: index built in ${p.search_index_ms} ms (once per feed);`);
lines.push(`  ${p.search_keystrokes} keystrokes (every prefix of six queries): p50 ${p.search_p50_ms} ms, p95 ${p.search_p95_ms} ms`);
const pub = results.publishing;
lines.push('', `Publishing a ${pub.items}-item feed (${pub.articles} article pages and the rest): ${pub.first_s} s; again, unchanged: ${pub.again_s} s`);
const arc = results.archive;
lines.push('', `The archive: ${arc.items} items in ${arc.feed_pages} feed pages, published from nothing: ${arc.first.s} s, peak ${arc.first.peak_mb} MB, ${arc.first.written} files written;`);
lines.push(`  again, nothing new: ${arc.again.s} s, peak ${arc.again.peak_mb} MB, ${arc.again.written} files written; the site: ${arc.files} files, ${arc.site_mb} MB; the archive: ${arc.archive_mb} MB`);
const found = arc.search;
lines.push(`  its search: a first query fetched ${kb(found.first_query_bytes)} of the index, a later one ${kb(found.later_query_bytes)};`);
lines.push(`  ${found.keystrokes} keystrokes, the archive's answer drawn after the search starts: p50 ${found.answer_p50_ms} ms, p95 ${found.answer_p95_ms} ms`);
const pic = results.pictures;
lines.push('', `Pictures: ${pic.photos} new photos of ${pic.original_kb} KB (JPEG, 2048 × 1365) published in ${pic.first_s} s;`);
lines.push(`  again, nothing new: ${pic.again_s} s; the same feed without pictures: ${pic.without_pictures_s} s; about ${pic.per_photo_ms} ms of the run per photo`);
lines.push('  a photo\'s variants on average, KB (the original: ' + `${pic.original_kb} KB)`);
for (const ext of ['webp', 'jpg']) {
  const row = Object.entries(pic.variants_kb).filter(([k]) => k.startsWith(ext))
    .sort((a, b) => Number(a[0].split(' ')[1]) - Number(b[0].split(' ')[1]));
  lines.push(`  ${ext.padEnd(5)} ${row.map(([k, kb]) => `${k.split(' ')[1]}: ${kb}`).join(', ')}`);
}
const lighthouseRows = (title, runs) => {
  lines.push('', title);
  for (const [name, l] of Object.entries(runs)) {
    if (name === 'phone_images') continue;
    lines.push(l.error ? `  ${name}: ${l.error}` : `  ${name.padEnd(8)} performance ${l.performance}, accessibility ${l.accessibility}, best practices ${l.best_practices}, SEO ${l.seo}; FCP ${l.fcp_ms} ms, LCP ${l.lcp_ms} ms, TBT ${l.tbt_ms} ms, CLS ${l.cls}, Speed Index ${l.speed_index_ms} ms, longest task ${l.longest_task_ms} ms`);
  }
};
lighthouseRows('Lighthouse 12.2.3, mobile, on the published pages', results.lighthouse);
lighthouseRows('The same with camera-size photos in place of the drawings', results.lighthouse_photos);
for (const [name, i] of Object.entries(results.lighthouse_photos.phone_images ?? {})) {
  lines.push(`  ${name.padEnd(8)} a phone (412 px, DPR 1.75) downloads ${i.kb} KB of pictures in ${i.requests} requests without scrolling; their originals: ${i.original_kb} KB`);
}
const embeds = results.lighthouse_embeds;
lighthouseRows('A WordPress post with three video embeds, a tweet and a native video', { article: embeds.article });
if (embeds.providers) {
  lines.push(`  while loading: ${embeds.providers.requests} requests to the video providers (${embeds.providers.bytes} bytes); ${embeds.other_origins.requests} to other origins (${embeds.other_origins.bytes} bytes: the CMS's pictures, unreachable here)`);
}
console.log(lines.join('\n'));
await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nbench: wrote bench/results.json');
