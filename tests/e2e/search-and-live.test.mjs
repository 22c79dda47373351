// Finding an article by a word typed without accents, and news arriving while the reader
// reads: new briefs in the ticker, new articles behind a notice, a 304 for an unchanged feed,
// and no requests at all from a hidden page.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './harness.mjs';
import { heading, live } from './checks.mjs';

const sample = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8'));
const seisme = sample.items.find((i) => i.title.startsWith('Séisme'));

test('a query typed without accents finds the accented article, and back restores it', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await page.goto(url);
  await heading(page);
  await live(page);
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Rechercher dans le journal' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'recherche-q', '"/" focuses the search box');
  // A pause mid-word shows the results so far; the reader goes on typing in the box.
  await box.pressSequentially('sei');
  await page.waitForURL(/\/recherche\?q=sei$/);
  assert.equal(await heading(page), 'Recherche');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'recherche-q', 'the box keeps the focus');
  await box.pressSequentially('sme');
  await page.waitForURL(/\/recherche\?q=seisme$/);
  const result = page.locator('.search-list h2 a').first();
  assert.equal(await result.textContent(), seisme.title);
  assert.equal(await page.locator('.search-list h2 mark').first().textContent(), 'Séisme');

  await result.click();
  assert.equal(await heading(page), seisme.title);
  await page.goBack();
  await page.waitForURL(/\/recherche\?q=seisme$/);
  assert.equal(await page.locator('.search-list h2 a').first().textContent(), seisme.title);
  assert.equal(await box.inputValue(), 'seisme');

  await box.fill('');
  await box.pressSequentially("l'etat");
  await page.getByText(/résultats? pour « l'etat »/).waitFor();
  await box.press('Escape');
  assert.equal(await box.inputValue(), '');
  await box.pressSequentially('xylophone');
  await page.getByText('Aucun résultat pour « xylophone »').waitFor();
});

const VERSION = 'https://jsonfeed.org/version/1.1';
const at = (minute) => `2026-11-29T09:${String(minute).padStart(2, '0')}:00+01:00`;
const article = (id, minute) => ({ id, title: `Article ${id}`, content_text: 'Un article.', date_published: at(minute), tags: ['Essais'] });
const brief = (id, minute) => ({ id, title: `Brève ${id}`, content_text: `Brève ${id}`, date_published: at(minute), _manchette: { kind: 'brief' } });
const feedOf = (items) => JSON.stringify({ version: VERSION, title: 'En direct', items });

test('news arrives while the reader reads: briefs slide in, articles wait behind a notice, an unchanged feed costs a 304', async ({ site, newPage }) => {
  let items = [article('a1', 1), article('a2', 2), brief('b1', 3)];
  const web = await site({ edit: (dir) => writeFile(join(dir, 'feed.json'), feedOf(items)) });
  await web.configure({ refresh_seconds: 1 });
  const page = await newPage();
  await page.goto(web.url);
  await heading(page);
  const cards = () => page.locator('.card-title').allTextContents();
  const before = await cards();
  // Unchanged: the checks revalidate and the server answers 304.
  await page.waitForFunction(() => true, null, { timeout: 100 });
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const statuses = web.log.filter((r) => r.path === '/feed.json').map((r) => r.status);
  assert.ok(statuses.includes(304), `feed requests: ${statuses}`);

  items = [brief('b2', 10), ...items];
  await writeFile(join(web.dir, 'feed.json'), feedOf(items));
  await page.locator('.ticker').getByText('Brève b2').waitFor();
  assert.deepEqual(await page.locator('.ticker li.arrived').allTextContents(), [await page.locator('.ticker li', { hasText: 'Brève b2' }).textContent()],
    'only the new brief slides in');
  assert.equal(await page.locator('.ticker ol').getAttribute('aria-live'), 'polite');

  items = [article('a3', 11), ...items];
  await writeFile(join(web.dir, 'feed.json'), feedOf(items));
  const notice = page.locator('.app-news');
  await notice.getByText('1 nouvel article').waitFor();
  assert.deepEqual(await cards(), before, 'the page does not move under the reader');
  await notice.getByRole('button', { name: 'Afficher' }).click();
  await page.getByRole('link', { name: 'Article a3' }).waitFor();
  assert.equal(await notice.count(), 0);
});

test('a hidden page makes no requests, and checks at once when shown again', async ({ site, newPage }) => {
  const web = await site({ edit: (dir) => writeFile(join(dir, 'feed.json'), feedOf([article('a1', 1)])) });
  await web.configure({ refresh_seconds: 1 });
  const page = await newPage();
  await page.goto(web.url);
  await heading(page);
  const setVisibility = (state) => page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { value, configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, state);
  // Let the service worker take over (it fetches the feed once for its cache) first.
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 15_000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await setVisibility('hidden');
  const count = () => web.log.filter((r) => r.path === '/feed.json').length;
  // A check already on its way when the page hid may still arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const hiddenFrom = count();
  await new Promise((resolve) => setTimeout(resolve, 3500));
  assert.equal(count(), hiddenFrom, 'no request while hidden');
  await setVisibility('visible');
  await page.waitForFunction(() => true);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.ok(count() > hiddenFrom, 'a check as soon as the page is shown');
});
