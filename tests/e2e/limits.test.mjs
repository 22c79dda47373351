// Hostile sizes: a 2 MB title with no spaces reads like any other headline, and a feed past
// the size limit is refused with its own message.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './harness.mjs';
import { assertNoSidewaysScroll, heading, live } from './checks.mjs';

const SAMPLE = new URL('../../public/feed.json', import.meta.url).pathname;
const HUGE = 'M'.repeat(2 * 1024 * 1024);

/** The sample feed, with its leading story's title replaced by `title`. */
async function sampleWithLeadTitle(title) {
  const feed = JSON.parse(await readFile(SAMPLE, 'utf8'));
  const lead = feed.items.find((i) => i._manchette?.featured === 1);
  lead.title = title;
  return { feed, id: lead.id };
}

test('a 2 MB title without spaces leaves the front page at its normal height', async ({ site, newPage }) => {
  const normal = await site();
  const { feed, id } = await sampleWithLeadTitle(HUGE);
  const hostile = await site({ edit: (dir) => writeFile(join(dir, 'feed.json'), JSON.stringify(feed)), publish: true });
  for (const width of [375, 1280]) {
    const heights = [];
    for (const server of [normal, hostile]) {
      const page = await newPage({ width });
      await page.goto(server.url);
      await live(page);
      heights.push(await page.evaluate(() => document.documentElement.scrollHeight));
      if (server === hostile) {
        await assertNoSidewaysScroll(page, `home at ${width}px`);
        const shown = await page.locator('.card-lead .card-title a').textContent();
        assert.ok(shown.length <= 160 && shown.endsWith('…'), `the headline is cut: ${shown.length} characters`);
      }
    }
    // The sample's own title takes three or four lines; the cut one, of the widest letter, a few more.
    assert.ok(heights[1] < heights[0] + 400, `at ${width}px: ${heights[1]}px against ${heights[0]}px`);
  }
  const page = await newPage({ width: 375 });
  await page.goto(`${hostile.url}article/${id}/x`);
  const h1 = await heading(page);
  assert.equal(h1.length, 160);
  const title = await page.title();
  assert.ok(title.length > 1000 && title.length <= 1000 + ' — Le Matin du Détroit'.length,
    `the <title> keeps the larger cap: ${title.length} characters`);
  await assertNoSidewaysScroll(page, 'the article at 375px');
});

test('a feed past 32 MB is refused with its own message', async ({ site, newPage }) => {
  const big = { version: 'https://jsonfeed.org/version/1.1', title: 'Énorme', items: [{ id: '1', title: 'Un', content_text: 'x'.repeat(33 * 1024 * 1024) }] };
  const server = await site({ edit: (dir) => writeFile(join(dir, 'feed.json'), JSON.stringify(big)) });
  const page = await newPage();
  await page.goto(server.url);
  await page.getByRole('alert').getByText('trop volumineux pour être lu (plus de 32 Mo)').waitFor();
  assert.equal((await page.locator('main h1').textContent()).trim(), 'À la une', 'the published edition still reads');
});
