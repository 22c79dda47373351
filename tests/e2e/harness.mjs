// A small end-to-end harness: tests register with `test`, `run` drives them one by one in
// Debian's Chromium through playwright-core, each with fresh browser contexts, and prints
// one line per test and a closing `N passed, N failed`.
import { chromium } from 'playwright-core';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/static-server.mjs';
import { startIsso } from './isso.mjs';

export const DIST = new URL('../../dist/', import.meta.url).pathname;
/** The same release built with `--public-url /sub/path/` (scripts/test.sh makes it). */
export const DIST_SUB_PATH = new URL('../../target/dist-sub-path/', import.meta.url).pathname;
export const SUB_PATH = '/sub/path/';
const POST_BUILD = new URL('../../scripts/post-build.mjs', import.meta.url).pathname;
/** The publishing step, built by scripts/test.sh with the release. */
const PUBLISH = new URL('../../target/tools/publish', import.meta.url).pathname;
/** The photo fixtures' maker, built by scripts/test.sh with the release. */
export const GEN_PHOTOS = new URL('../../target/tools/gen-photos', import.meta.url).pathname;
const execFileAsync = promisify(execFile);
export const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url).pathname;

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const registered = [];

/** Registers a test: `fn` receives the fixtures `{ site, isso, newPage, newTab, screenshot }`. */
export function test(name, fn) {
  registered.push({ name, fn });
}

/** Runs every registered test; returns the number of failures. */
export async function run() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  await mkdir(SCREENSHOTS, { recursive: true });
  let passed = 0;
  let failed = 0;
  // E2E_ONLY=words runs only the tests whose name holds them (while working on one).
  const only = process.env.E2E_ONLY;
  for (const { name, fn } of registered.filter((t) => !only || t.name.includes(only))) {
    const fixtures = new Fixtures(browser);
    try {
      await fn(fixtures);
      fixtures.assertNoPageErrors();
      passed += 1;
      console.log(`  ok   ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`  FAIL ${name}\n${indent(error.stack ?? String(error))}`);
    } finally {
      await fixtures.dispose();
    }
  }
  await browser.close();
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed;
}

class Fixtures {
  constructor(browser) {
    this.browser = browser;
    this.disposers = [];
    this.pageErrors = [];
  }

  /**
   * Copies a build (published with the sample feed) into a fresh folder, lets `edit(dir)`
   * change it, and serves it statically. Under the prefix `/sub/path/` it serves the build
   * made for that public URL. With `publish` the copy is published again at the address it
   * is served from: `true` from its own feed, or a path from that feed. The site's `publish()`
   * does the same later.
   * @param {{ prefix?: string, edit?: (dir: string) => Promise<void>, dist?: string, publish?: boolean | string }} options
   */
  site = async ({ prefix = '/', edit, dist = prefix === SUB_PATH ? DIST_SUB_PATH : DIST, publish } = {}) => {
    const dir = await mkdtemp(join(tmpdir(), 'manchette-site-'));
    this.disposers.push(() => rm(dir, { recursive: true, force: true }));
    // Each site's archive (publishing's memory of every item it read) beside it, not in it.
    this.disposers.push(() => rm(archiveOf(dir), { recursive: true, force: true }));
    await cp(dist, dir, { recursive: true });
    if (edit) await edit(dir);
    const server = await serveStatic(dir, { prefix });
    this.disposers.push(() => server.close());
    const republish = (feed) => publishInto(dir, server.url, feed);
    if (publish) await republish(publish === true ? undefined : publish);
    // A newsroom that changes config.json reruns the post-build step, then publishes again.
    const reconfigure = async (config) => {
      await configure(dir, prefix, config);
      await republish();
    };
    return { ...server, dir, configure: reconfigure, publish: republish };
  };

  /** A real Isso server for the site at `origin`; stopped when the test ends, pass or fail. */
  isso = async (origin) => {
    const server = await startIsso(origin);
    this.disposers.push(() => server.dispose());
    return server;
  };

  /** A page in a fresh context; uncaught page errors fail the test. */
  newPage = async ({ width = 1280, height = 800, locale = 'fr-FR', colorScheme = 'light', bypassCSP = false, javaScript = true, deviceScaleFactor = 1 } = {}) => {
    // Lagos keeps UTC+1 all year, like Morocco outside Ramadan: times read as the feed wrote them.
    // bypassCSP lets a test inject a script (axe); every other page runs under the app's CSP.
    const context = await this.browser.newContext({
      viewport: { width, height }, deviceScaleFactor, locale, colorScheme, timezoneId: 'Africa/Lagos', bypassCSP, javaScriptEnabled: javaScript,
    });
    this.disposers.push(() => context.close());
    context.setDefaultTimeout(10_000);
    return this.watch(await context.newPage());
  };

  /** Another tab in the context of `page`, watched the same way. */
  newTab = async (page) => this.watch(await page.context().newPage());

  /** Fails the test on the page's uncaught errors and panics; gathers its console errors. */
  watch = (page) => {
    page.on('pageerror', (error) => this.pageErrors.push(error));
    // Every console error, for tests that must see none (`page.consoleErrors`).
    page.consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') page.consoleErrors.push(message.text());
    });
    // A Rust panic reaches the console (console_error_panic_hook) before it aborts.
    page.on('console', (message) => {
      if (message.type() === 'error' && /panicked at/.test(message.text())) this.pageErrors.push(message.text());
    });
    return page;
  };

  /** Saves a screenshot under test-results/screenshots/, to look at after the run: the whole
   * page, as a reader scrolling through it sees each part. A published page lays out the blocks
   * below the first screen once they come near it, which a full-page capture alone does not do:
   * the window is made as tall as the page for the picture, then given back its size. */
  screenshot = async (page, name) => {
    const viewport = page.viewportSize();
    for (let height = viewport.height, tries = 0; tries < 5; tries++) {
      const pageHeight = await page.locator('html').evaluate((root) => root.scrollHeight);
      if (pageHeight <= height) break;
      height = pageHeight;
      await page.setViewportSize({ width: viewport.width, height });
      await page.waitForTimeout(50);
    }
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${viewport.width}.png`), fullPage: true });
    await page.setViewportSize(viewport);
  };

  assertNoPageErrors() {
    if (this.pageErrors.length) {
      throw new Error(`uncaught errors in the page:\n${this.pageErrors.map((e) => e.stack ?? e).join('\n')}`);
    }
  }

  async dispose() {
    for (const dispose of this.disposers.reverse()) await dispose().catch(() => {});
  }
}

/**
 * Writes a deployed site's config.json and reruns the post-build step on it, as the README
 * tells a newsroom to: the CSP follows the new origins, and the service worker the new build.
 */
async function configure(dir, prefix, config) {
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  await execFileAsync('node', [POST_BUILD, dir, prefix]);
}

/** Publishes `dir` for `siteUrl`, from `feed` (a file) or the site's own feed; returns the summary line. */
/** The folder of the archive of the site in `dir`. */
const archiveOf = (dir) => `${dir}-archive`;

async function publishInto(dir, siteUrl, feed) {
  const archive = join(archiveOf(dir), 'archive.sqlite');
  const { stdout } = await execFileAsync(PUBLISH, ['--dist', dir, '--site-url', siteUrl, '--archive', archive, ...(feed ? [feed] : [])]);
  return stdout.trim();
}

function indent(text) {
  return text.split('\n').map((line) => `       ${line}`).join('\n');
}
