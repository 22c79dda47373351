// The first screen: the release build fetches the feed and shows its titles, and a broken
// feed gives a clear message with a retry that recovers once the feed is fixed.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './harness.mjs';

const sampleFeed = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8'));

test('the release build shows the feed title and every item title', async ({ site, newPage, screenshot }) => {
  const { url } = await site();
  for (const width of [375, 1280]) {
    const page = await newPage({ width });
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: sampleFeed.title }).waitFor();
    const shown = await page.locator('.headline-list li').allInnerTexts();
    assert.deepEqual(shown, sampleFeed.items.map((item) => item.title));
    await screenshot(page, 'first-screen');
  }
});

test('a broken feed shows a message and a retry that recovers once it is fixed', async ({ site, newPage, screenshot }) => {
  const good = await readFile(new URL('../../public/feed.json', import.meta.url));
  const { url, dir } = await site({
    edit: (root) => writeFile(join(root, 'feed.json'), '{"version": "https://jsonfeed.org/version/1.1", "title": "Coup'),
  });
  const page = await newPage();
  await page.goto(url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /arrivé incomplet/);
  await screenshot(page, 'broken-feed');

  await writeFile(join(dir, 'feed.json'), good);
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.getByRole('heading', { level: 1, name: sampleFeed.title }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
});

test('a feed served as an error status says the server failed', async ({ site, newPage }) => {
  const { rm } = await import('node:fs/promises');
  const { url } = await site({ edit: (root) => rm(join(root, 'feed.json')) });
  const page = await newPage();
  await page.goto(url);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /serveur du journal a répondu par une erreur/);
  assert.equal(await page.getByRole('button', { name: 'Réessayer' }).count(), 1);
});
