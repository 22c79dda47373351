// The paper remembers: a feed that only ever carries its latest 40 items, published three
// times as it slides forward (100 articles in all), leaves its oldest article published, in
// the sitemaps, whole after the app has taken its page over, and found by the reader's search.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './harness.mjs';
import { heading, live } from './checks.mjs';

const sample = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8'));
const SECTIONS = ['politique', 'economie', 'societe', 'monde', 'sport', 'culture'];

/** Article `n` of the sliding paper: one an hour from 1 November 2026, each with a word of
 * its own in its body. */
function article(n) {
  const hour = new Date(Date.UTC(2026, 10, 1) + n * 3_600_000).toISOString().replace('.000Z', 'Z');
  return {
    id: `depeche-${n}`,
    title: `Dépêche numéro ${n} du fil régional`,
    summary: `Le résumé de la dépêche ${n}.`,
    content_html: `<p>Ce que la dépêche ${n} rapporte, avec son mot propre : archivemot${n}.</p><p>Un second paragraphe.</p>`,
    date_published: hour,
    _manchette: { section: SECTIONS[n % SECTIONS.length] },
  };
}

/** The feed when its newest article is `newest`: the 40 latest, newest first. */
const slidingFeed = (newest) => ({
  ...sample,
  items: Array.from({ length: 40 }, (_, i) => article(newest - i)),
});

/** Every address the site's sitemaps list, through their index. */
async function sitemapAddresses(server) {
  const locations = (xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const index = await (await fetch(server.url + 'sitemap.xml')).text();
  const listed = [];
  for (const sitemap of locations(index)) {
    const response = await fetch(sitemap.replace(/^https?:\/\/[^/]+\//, server.url));
    assert.equal(response.status, 200, sitemap);
    listed.push(...locations(await response.text()));
  }
  return listed;
}

test('a feed that slides: its oldest article stays published, in the sitemaps, whole after the takeover, and found by search', async ({ site, newPage, screenshot }) => {
  const server = await site();
  for (const newest of [40, 70, 100]) {
    const file = join(server.dir, `feed-${newest}.json`);
    await writeFile(file, JSON.stringify(slidingFeed(newest)));
    await server.publish(file);
  }
  const served = JSON.parse(await readFile(join(server.dir, 'feed.json'), 'utf8'));
  assert.equal(served.items.at(-1).id, 'depeche-61', 'the site serves the feed as it is now');

  const oldest = 'article/depeche-1/depeche-numero-1-du-fil-regional';
  const response = await fetch(server.url + oldest);
  assert.equal(response.status, 200, 'the oldest article is still published');
  const listed = await sitemapAddresses(server);
  assert.ok(listed.some((url) => url.endsWith(`/${oldest}`)), 'the oldest article is in a sitemap');
  for (let n = 1; n <= 100; n += 1) {
    assert.ok(listed.some((url) => url.includes(`/article/depeche-${n}/`)), `article ${n} is in a sitemap`);
  }

  const page = await newPage();
  await page.goto(server.url + oldest);
  await live(page);
  assert.equal(await heading(page), 'Dépêche numéro 1 du fil régional', 'the story, not « introuvable »');
  await page.locator('.article-body p', { hasText: 'archivemot1.' }).waitFor();
  assert.equal(await page.locator('.not-found').count(), 0);

  // Its neighbours in its section (every sixth article) come from the archive, after the
  // takeover as before it, and lead to their published pages.
  const newer = page.locator('.neighbours a.neighbour-newer');
  assert.match(await newer.getAttribute('href'), /\/article\/depeche-7\//);
  assert.equal(await page.locator('.neighbours a.neighbour-older').count(), 0, 'the oldest of its section');
  await newer.click();
  await page.waitForURL(/\/article\/depeche-7\//);
  await live(page);
  assert.equal(await heading(page), 'Dépêche numéro 7 du fil régional');
  // The oldest of the feed's own articles in that section links on into the archive.
  await page.goto(server.url + 'article/depeche-61/depeche-numero-61-du-fil-regional');
  await live(page);
  assert.match(await page.locator('.neighbours a.neighbour-older').getAttribute('href'), /\/article\/depeche-55\//);

  // Found by the reader's search, by the word only its body holds: the feed the app loaded
  // (articles 61 to 100) holds article 100's archivemot100, the archive's index the rest.
  await page.goto(server.url + 'recherche?q=archivemot1');
  await live(page);
  const archive = page.locator('.search-archive');
  const oldestLink = { name: 'Dépêche numéro 1 du fil régional', exact: true };
  const found = archive.getByRole('link', oldestLink);
  await found.waitFor();
  assert.match(await page.locator('.search-list').first().textContent(), /Dépêche numéro 100 /);
  assert.equal(await archive.locator('a[href*="/depeche-100/"]').count(), 0, 'the feed\'s result is not listed twice');
  const excerpt = archive.locator('li', { has: page.getByRole('link', oldestLink) }).locator('p mark');
  assert.match(await excerpt.first().textContent(), /^archivemot1\b/, 'the matched word is marked');
  assert.match(await archive.locator('[role="status"]').textContent(), /\d+ articles? de plus/);
  await screenshot(page, 'search-archive');
  await found.click();
  await page.waitForURL(/\/article\/depeche-1\//);
  await live(page);
  assert.equal(await heading(page), 'Dépêche numéro 1 du fil régional');

  // Two queries in flight: the first one's answer, arriving last (its excerpts held back
  // here), does not replace the second one's.
  const held = [];
  let holding = true;
  await page.route('**/pagefind/fragment/**', (route) => (holding ? held.push(route) : route.continue()));
  await page.goto(server.url + 'recherche?q=archivemot1');
  await live(page);
  for (let waited = 0; held.length === 0 && waited < 100; waited += 1) await page.waitForTimeout(100);
  assert.ok(held.length > 0, 'the first query asked for its excerpts');
  holding = false;
  await page.locator('#recherche-q').fill('archivemot9');
  await archive.getByRole('link', { name: 'Dépêche numéro 9 du fil régional', exact: true }).waitFor();
  await Promise.all(held.map((route) => route.continue()));
  await page.waitForTimeout(1000);
  assert.equal(await archive.getByRole('link', oldestLink).count(), 0, 'the first query\'s answer came too late to be drawn');
  await page.unroute('**/pagefind/fragment/**');

  // Offline, the app searches what it has, and says that the archive needs the network.
  await page.goto(server.url + 'recherche?q=archivemot1');
  await live(page);
  await found.waitFor();
  await page.context().setOffline(true);
  await page.locator('#recherche-q').fill('archivemot9');
  await page.waitForURL(/q=archivemot9/);
  await archive.getByText('Hors ligne', { exact: false }).waitFor();
  assert.match(await page.locator('.search-list').first().textContent(), /Dépêche numéro 99 /, 'the feed\'s results are there');
  await page.context().setOffline(false);
  assert.deepEqual(page.consoleErrors, []);
});

test('a feed of 20 pages: publishing follows it to its end, and every article gets its page', async ({ site, newPage }) => {
  const server = await site();
  // 2,000 articles, 100 a page, newest first; each page names the next.
  for (let page = 1; page <= 20; page += 1) {
    const items = Array.from({ length: 100 }, (_, i) => article(2000 - (page - 1) * 100 - i));
    const next = page < 20 ? { next_url: `flux-${page + 1}.json` } : {};
    await writeFile(join(server.dir, `flux-${page}.json`), JSON.stringify({ ...sample, ...next, items }));
  }
  const said = await server.publish(join(server.dir, 'flux-1.json'));
  assert.match(said, /from 20 feed page\(s\) and an archive of 2000 articles/);
  const listed = new Set(await sitemapAddresses(server));
  for (let n = 1; n <= 2000; n += 1) {
    const path = `article/depeche-${n}/depeche-numero-${n}-du-fil-regional`;
    assert.ok(listed.has(server.url + path), `article ${n} is in a sitemap`);
  }
  for (const n of [1, 999, 2000]) {
    const response = await fetch(`${server.url}article/depeche-${n}/depeche-numero-${n}-du-fil-regional`);
    assert.equal(response.status, 200, `article ${n} has its page`);
    assert.match(await response.text(), new RegExp(`archivemot${n}\\.`));
  }
  const page = await newPage();
  await page.goto(`${server.url}article/depeche-1/depeche-numero-1-du-fil-regional`);
  await live(page);
  assert.equal(await heading(page), 'Dépêche numéro 1 du fil régional');
  await page.locator('.article-body p', { hasText: 'archivemot1.' }).waitFor();

  // The oldest is found by search, by a word of its title, out of 2,000; the index's bytes
  // that the first query and a later one fetch (as sent: the chunks are gzipped) stay small.
  const fetched = [];
  page.on('requestfinished', (request) => {
    if (request.url().includes('/pagefind/')) fetched.push(request.sizes().then((sizes) => sizes.responseBodySize));
  });
  const indexBytes = async () => (await Promise.all(fetched.splice(0))).reduce((sum, size) => sum + size, 0);
  await page.goto(server.url + 'recherche?q=' + encodeURIComponent('dépêche numéro 1 du fil'));
  await live(page);
  const archive = page.locator('.search-archive');
  await archive.getByRole('link', { name: 'Dépêche numéro 1 du fil régional', exact: true }).waitFor();
  const first = await indexBytes();
  assert.ok(first > 0 && first <= 300_000, `the first query fetched ${first} bytes of the index`);
  await page.locator('#recherche-q').fill('archivemot1234');
  await archive.getByRole('link', { name: 'Dépêche numéro 1234 du fil régional', exact: true }).waitFor();
  const later = await indexBytes();
  assert.ok(later <= 100_000, `a later query fetched ${later} bytes of the index`);
  console.log(`      the index: ${first} bytes for the first query, ${later} for a later one`);
  assert.deepEqual(page.consoleErrors, []);
});

test('a section\'s older articles: numbered pages that read without JavaScript, and that the app leaves as published', async ({ site, newPage, screenshot }) => {
  const server = await site();
  for (const newest of [40, 70, 100]) {
    const file = join(server.dir, `feed-${newest}.json`);
    await writeFile(file, JSON.stringify(slidingFeed(newest)));
    await server.publish(file);
  }
  // Article 1 is in Économie (1 % 6): from the section's page, by its numbered links alone.
  const off = await newPage({ javaScript: false });
  await off.goto(server.url + 'rubrique/economie');
  assert.equal(await heading(off), 'Économie');
  await off.locator('nav.page-links a', { hasText: '2' }).click();
  await off.waitForURL(/\/rubrique\/economie\/page\/2$/);
  assert.equal(await heading(off), 'Économie');
  assert.match(await off.title(), /Économie — page 2/);
  assert.equal(await off.locator('nav.page-links [aria-current="page"]').textContent(), '2');
  assert.equal(
    await off.locator('link[rel="canonical"]').getAttribute('href'),
    `${server.url}rubrique/economie/page/2`,
  );
  await off.getByRole('link', { name: 'Dépêche numéro 1 du fil régional' }).click();
  await off.waitForURL(/\/article\/depeche-1\//);
  assert.equal(await heading(off), 'Dépêche numéro 1 du fil régional');
  const listed = await sitemapAddresses(server);
  assert.ok(listed.includes(`${server.url}rubrique/economie/page/2`), 'the page is in a sitemap');

  // With JavaScript the app leaves the page as published: no « introuvable », its links work.
  const page = await newPage({ width: 375 });
  await page.goto(server.url + 'rubrique/economie/page/2');
  await page.waitForLoadState('networkidle');
  assert.equal(await heading(page), 'Économie');
  assert.equal(await page.locator('.not-found').count(), 0);
  await screenshot(page, 'section-page-2');
  await page.getByRole('link', { name: 'Dépêche numéro 7 du fil régional' }).click();
  await page.waitForURL(/\/article\/depeche-7\//);
  await live(page);
  assert.equal(await heading(page), 'Dépêche numéro 7 du fil régional');

  // The archive's months, from the app's footer: the link leaves the app for the published
  // index, which the app leaves as published; November lists every article, by day.
  await page.locator('.site-footer').getByRole('link', { name: 'Archives' }).click();
  await page.waitForURL(/\/archives$/);
  await page.waitForLoadState('networkidle');
  assert.equal(await heading(page), 'Archives');
  const november = page.locator('.archive-months li', { hasText: 'Novembre 2026' });
  const count = Number((await november.locator('.archive-note').textContent()).match(/\d+/)[0]);
  assert.ok(count >= 100, `November counts ${count} articles`);
  await november.getByRole('link').click();
  await page.waitForURL(/\/archives\/2026\/11$/);
  await page.waitForLoadState('networkidle');
  assert.equal(await heading(page), 'Novembre 2026');
  assert.equal(await page.locator('.archive-list a').count(), count, 'every article of the month');
  assert.equal(await page.locator('.not-found').count(), 0);
  await screenshot(page, 'archive-month');
  await page.getByRole('link', { name: 'Dépêche numéro 1 du fil régional', exact: true }).click();
  await page.waitForURL(/\/article\/depeche-1\//);
  await live(page);
  assert.equal(await heading(page), 'Dépêche numéro 1 du fil régional');
  assert.deepEqual(page.consoleErrors, []);

  // Without JavaScript too, and in a sitemap.
  await off.goto(server.url + 'archives/2026/11');
  assert.equal(await off.getByRole('link', { name: 'Dépêche numéro 1 du fil régional', exact: true }).count(), 1);
  assert.ok((await sitemapAddresses(server)).includes(`${server.url}archives/2026/11`));
});
