// A newsroom with only a WordPress RSS feed: one `publish` of it makes a site that shows its
// articles, its sections and its briefs, before the app and after it takes over.
import assert from 'node:assert/strict';
import { test } from './harness.mjs';
import { heading, live } from './checks.mjs';

const WORDPRESS_RSS = new URL('../import_fixtures/wordpress.rss', import.meta.url).pathname;

test('a WordPress RSS feed, published, reads as a paper', async ({ site, newPage }) => {
  const server = await site({ publish: WORDPRESS_RSS });
  const page = await newPage();
  await page.goto(server.url);
  assert.equal((await page.locator('.card-lead .card-title').textContent()).trim(),
    'Tanger : le port de commerce franchit le cap des dix millions de conteneurs');
  // The item with no body beyond its title is a brief, in the ticker.
  await page.locator('.ticker li', { hasText: 'Coupure d’eau lundi matin' }).waitFor();
  await live(page);
  await page.locator('#rubriques a', { hasText: 'Culture' }).first().click();
  assert.equal(await heading(page), 'Culture');
  await page.locator('.listing .card-title a', { hasText: 'Culture & patrimoine' }).click();
  assert.equal(await heading(page), 'Culture & patrimoine : la médina de Tétouan rouvre ses ateliers de zellige');
  assert.match(await page.locator('.byline').innerText(), /Youssef El Idrissi/);
  await page.locator('.article-body h2', { hasText: 'Des visites gratuites en décembre' }).waitFor();
  // Its guid is a URL; its address holds a key, and the page at it is published.
  const path = new URL(page.url()).pathname;
  assert.match(path, /\/article\/u[0-9a-f]{16}\/culture-patrimoine-/);
  const published = await page.request.get(page.url());
  assert.equal(published.status(), 200);
  assert.match(await published.text(), /<h2[^>]*>Des visites gratuites en décembre<\/h2>/);
});
