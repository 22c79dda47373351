// Checks shared by the journeys: accessibility (axe), layout, the page's heading, layout
// shifts, and config.json held back to look at a page before the app takes it over.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe (WCAG 2.x A and AA, and best practices) and fails on any violation. */
export async function assertAccessible(page, label) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
  assert.deepEqual(violations, [], `axe on ${label}`);
}

/** Fails when the page scrolls sideways (content wider than the viewport). */
export async function assertNoSidewaysScroll(page, label) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${label}: ${scroll}px of content in a ${client}px viewport`);
}

/** Waits for the view's single h1 and returns its text. */
export async function heading(page) {
  const h1 = page.locator('main h1');
  await h1.first().waitFor();
  assert.equal(await page.locator('h1').count(), 1, 'one h1 per view');
  return (await h1.textContent()).trim();
}

/** Resolves once the app runs on the page: it has taken a published page over, or drawn
 * itself, and everything it starts with has run (the mark it leaves then). */
export async function live(page) {
  await page.waitForFunction(() => performance.getEntriesByName('manchette:interactive').length > 0);
}

/** Sums the layout shifts the page has had so far (what CLS adds up). */
export const watchShifts = (page) => page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
});
export const shifted = (page) => page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));

/** Holds config.json, which the app waits for before it takes over, until the returned
 * function is called: what a page shows before the takeover can then be looked at. */
export async function holdConfig(server) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const config = await readFile(join(server.dir, 'config.json'));
  server.routes.set('/config.json', async (request, response) => {
    await held;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(config);
  });
  return release;
}
