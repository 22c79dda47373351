// The feed's journeys against the release build: each failure has its own message and a
// retry; `?feed=` obeys the configured origins; "Charger plus" follows next_url and stops
// at a loop; a link to an article on a later page follows the pages to it.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './harness.mjs';
import { live } from './checks.mjs';

const VERSION = 'https://jsonfeed.org/version/1.1';

function feedJson({ title = 'Flux de test', next_url, items }) {
  return JSON.stringify({ version: VERSION, title, next_url, items });
}

// Each item made is a minute older than the one before, so lists read in the order made.
let itemsMade = 0;

function items(prefix, count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i + 1}`, title: `Titre ${prefix}${i + 1}`, content_text: 'Texte.', tags: ['Essais'],
    date_published: new Date(Date.UTC(2026, 10, 28, 12, 0) - (itemsMade++) * 60_000).toISOString(),
  }));
}

/** The article titles a listing shows, in order. */
const listed = (page) => page.locator('.listing .card-title').allInnerTexts();

const write = (dir, name, body) => writeFile(join(dir, name), body);

async function alertText(page) {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return alert.locator('p').innerText();
}

test('a feed that never answers is abandoned at the configured deadline', async ({ site, newPage }) => {
  const server = await site({
    edit: (dir) => write(dir, 'config.json', JSON.stringify({ feed_timeout_ms: 800 })),
  });
  server.routes.set('/feed.json', () => { /* never answers */ });
  const page = await newPage();
  await page.goto(server.url);
  assert.match(await alertText(page), /met trop de temps à répondre/);
  assert.equal(await page.getByRole('button', { name: 'Réessayer' }).count(), 1);
});

test('a server error names its status, in the paper’s language, above the published page', async ({ site, newPage }) => {
  const server = await site();
  const config = JSON.parse(await readFile(new URL('../../public/config.json', import.meta.url), 'utf8'));
  await server.configure({ ...config, locale: 'en' });
  server.routes.set('/feed.json', (request, response) => { response.writeHead(503); response.end('busy'); });
  const page = await newPage({ locale: 'fr-FR' });
  await page.goto(server.url);
  assert.equal(await alertText(page),
    'The newspaper could not be brought up to date: you are reading the published edition. The newspaper’s server answered with an error (HTTP 503)');
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Top stories', 'the published page still reads');
  assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 1);
});

test('an HTML page and an RSS feed are each named', async ({ site, newPage }) => {
  const server = await site({ edit: (dir) => write(dir, 'feed.json', '<!doctype html><h1>Maintenance</h1>') });
  const page = await newPage();
  await page.goto(server.url);
  assert.match(await alertText(page), /page web au lieu de son flux/);
  await write(server.dir, 'feed.json', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>');
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.getByText('flux RSS ou Atom').waitFor();
});

test('JSON that is not a feed, and an empty feed, are each named', async ({ site, newPage }) => {
  const server = await site({ edit: (dir) => write(dir, 'feed.json', '{"items": "none"}') });
  const page = await newPage();
  await page.goto(server.url);
  assert.match(await alertText(page), /pas un flux JSON Feed/);
  await write(server.dir, 'feed.json', feedJson({ items: [] }));
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.getByText('aucun article').waitFor();
});

test('an invalid config.json says so and keeps a retry', async ({ site, newPage }) => {
  const server = await site({ edit: (dir) => write(dir, 'config.json', '{"feed_ur": "x.json"}') });
  const page = await newPage();
  await page.goto(server.url);
  assert.match(await alertText(page), /configuration du site \(config\.json\) est invalide/);
  await write(server.dir, 'config.json', '{}');
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.locator('.card-title').first().waitFor();
});

test('a refresh that fails keeps the last feed on screen with a notice', async ({ site, newPage }) => {
  const server = await site({ edit: (dir) => write(dir, 'feed.json', feedJson({ items: items('a', 3) })) });
  const page = await newPage();
  await page.goto(server.url);
  await page.getByText('Titre a3').waitFor();
  await live(page);
  server.routes.set('/feed.json', (request, response) => { response.writeHead(500); response.end(); });
  // The app refreshes when the reader comes back to the tab.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await page.getByText('Vous lisez la dernière version chargée').waitFor();
  assert.equal(await page.getByText('Titre a3').count(), 1, 'the last feed stays');
  assert.equal(await page.getByRole('alert').count(), 0);
});

test('?feed= loads a feed of the same origin, and refuses another origin', async ({ site, newPage }) => {
  const server = await site({
    edit: (dir) => write(dir, 'essai.json', feedJson({ title: 'Essai', items: items('e', 1) })),
  });
  const page = await newPage();
  await page.goto(`${server.url}?feed=essai.json`);
  await page.getByText('Titre e1').waitFor();

  const other = await site({ edit: (dir) => write(dir, 'feed.json', feedJson({ items: items('x', 1) })) });
  await page.goto(`${server.url}?feed=${encodeURIComponent(other.url + 'feed.json')}`);
  await page.getByText('une adresse que le journal n’autorise pas').waitFor();
  await page.locator('.card-title').first().waitFor();
  assert.equal(await page.getByText('Titre x1').count(), 0, 'nothing from the refused origin');
  assert.equal(other.log.filter((r) => r.path === '/feed.json').length, 0, 'the refused feed was never fetched');
});

test('an origin listed in config.json may serve the feed', async ({ site, newPage }) => {
  const other = await site({ edit: (dir) => write(dir, 'feed.json', feedJson({ items: items('x', 1) })) });
  other.routes.set('/feed.json', (request, response) => {
    response.writeHead(200, { 'content-type': 'application/feed+json', 'access-control-allow-origin': '*' });
    response.end(feedJson({ items: items('x', 1) }));
  });
  const server = await site();
  await server.configure({ allowed_feed_origins: [other.origin] });
  const page = await newPage();
  await page.goto(`${server.url}?feed=${encodeURIComponent(other.url + 'feed.json')}`);
  await page.getByText('Titre x1').waitFor();
});

test('"Charger plus" follows next_url page by page and stops at a loop', async ({ site, newPage }) => {
  const server = await site({
    edit: async (dir) => {
      await write(dir, 'feed.json', feedJson({ next_url: 'pages/2.json', items: items('p1-', 2) }));
      await write(dir, 'config.json', '{}');
      const { mkdir } = await import('node:fs/promises');
      await mkdir(join(dir, 'pages'));
      await write(join(dir, 'pages'), '2.json', feedJson({ next_url: '3.json', items: items('p2-', 2) }));
      // Page 3 points back to page 2: a loop the reader must not follow.
      await write(join(dir, 'pages'), '3.json', feedJson({ next_url: '2.json', items: items('p3-', 1) }));
    },
  });
  const page = await newPage();
  await page.goto(`${server.url}rubrique/essais`);
  await page.getByText('Titre p1-2').waitFor();
  const more = page.getByRole('button', { name: 'Charger plus' });
  await more.click();
  await page.getByText('Titre p2-2').waitFor();
  await more.click();
  await page.getByText('Titre p3-1').waitFor();
  await more.click();
  await more.waitFor({ state: 'detached' });
  assert.deepEqual(await listed(page), ['Titre p1-1', 'Titre p1-2', 'Titre p2-1', 'Titre p2-2', 'Titre p3-1']);
  assert.equal(server.log.filter((r) => r.path === '/pages/2.json').length, 1, 'page 2 fetched once');
});

/** A feed of three pages whose last one points back to the second. */
async function writePagedFeed(dir) {
  const { mkdir } = await import('node:fs/promises');
  await write(dir, 'feed.json', feedJson({ next_url: 'pages/2.json', items: items('q1-', 2) }));
  await write(dir, 'config.json', '{}');
  await mkdir(join(dir, 'pages'));
  await write(join(dir, 'pages'), '2.json', feedJson({ next_url: '3.json', items: items('q2-', 2) }));
  await write(join(dir, 'pages'), '3.json', feedJson({ next_url: '2.json', items: items('q3-', 1) }));
}

test('a link to an article on a later page follows the pages to it; an unknown one ends at the 404', async ({ site, newPage }) => {
  const server = await site({ edit: writePagedFeed });
  const page = await newPage();
  await page.goto(`${server.url}article/q3-1/ancien-titre`);
  await page.getByRole('heading', { level: 1, name: 'Titre q3-1' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/article/q3-1/titre-q3-1', 'shown at its canonical address');
  const fetched = (path) => server.log.filter((r) => r.path === path).length;
  assert.equal(fetched('/pages/2.json'), 1);
  assert.equal(fetched('/pages/3.json'), 1);

  const other = await newPage();
  await other.goto(`${server.url}article/absent/x`);
  await other.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
  assert.match(await other.locator('main').innerText(), /Cet article est introuvable/);
  // Each page once, and the loop back to page 2 is not followed.
  assert.equal(fetched('/pages/2.json'), 2, 'once for each reader');
  assert.equal(fetched('/pages/3.json'), 2);
});

test('when a later page fails, the article view says so and its retry finds the article', async ({ site, newPage }) => {
  const server = await site({ edit: writePagedFeed });
  server.routes.set('/pages/2.json', (request, response) => {
    response.writeHead(503);
    response.end('busy');
  });
  const page = await newPage();
  await page.goto(`${server.url}article/q2-2/titre-q2-2`);
  assert.match(await alertText(page), /n’a pas pu être cherché.*HTTP 503/s);
  server.routes.delete('/pages/2.json');
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Titre q2-2' }).waitFor();
});

test('a link to an article, when the next page is on an origin the config refuses, ends at the 404', async ({ site, newPage }) => {
  const server = await site({
    edit: async (dir) => {
      await write(dir, 'feed.json', feedJson({ next_url: 'https://ailleurs.example/2.json', items: items('r1-', 2) }));
      await write(dir, 'config.json', '{}');
    },
  });
  const page = await newPage();
  await page.goto(`${server.url}article/r2-1/x`);
  await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Réessayer' }).count(), 0, 'no retry that could only fail');
});
