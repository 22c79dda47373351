// Checks shared by the journeys: accessibility (axe), layout, and the page's heading.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

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
