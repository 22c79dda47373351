// Photos as a phone needs them: the sample paper with camera-size photos (2048 × 1365, about
// 390 KB each, made by gen-photos), published, read on a phone as Lighthouse's mobile run
// sees it (412 px wide, 1.75 device pixels per CSS pixel).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GEN_PHOTOS, test } from './harness.mjs';
import { heading, holdConfig, live as takenOver, shifted, watchShifts } from './checks.mjs';

const SAMPLE = new URL('../../public/feed.json', import.meta.url).pathname;
const PHONE = { width: 412, height: 823, deviceScaleFactor: 1.75 };

const photoSite = ({ site }) =>
  site({ edit: (dir) => promisify(execFile)(GEN_PHOTOS, [SAMPLE, dir]), publish: true });

/** The pictures the page asks for, as Chromium sends each request: its URL and priority. */
async function watchImages(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = [];
  cdp.on('Network.requestWillBeSent', ({ request, type }) => {
    if (type === 'Image') requests.push({ url: request.url, priority: request.initialPriority });
  });
  return requests;
}

/** The width a variant's name gives (`img/v/KEY-828.webp` → 828). */
const variantWidth = (url) => Number(url.match(/\/img\/v\/[0-9a-f]{16}-(\d+)\.(webp|jpg)$/)?.[1]);

test('on a phone the front page loads small variants, the lead picture first, and no original', async (fixtures) => {
  const server = await photoSite(fixtures);
  const page = await fixtures.newPage(PHONE);
  const requests = await watchImages(page);
  await page.goto(server.url);
  await heading(page);
  await takenOver(page);
  await page.waitForLoadState('networkidle');
  const lead = page.locator('.card-lead img');
  const shown = await lead.evaluate((img) => img.currentSrc);
  // 412 CSS pixels less the margins, 1.75 device pixels each: the 828 variant, in WebP.
  assert.equal(variantWidth(shown), 828, shown);
  assert.match(shown, /\.webp$/);
  const leadRequest = requests.find((r) => r.url === shown);
  assert.ok(leadRequest, `the lead picture was requested: ${JSON.stringify(requests)}`);
  assert.match(leadRequest.priority, /^(High|VeryHigh)$/, 'the lead picture is fetched first');
  const originals = requests.filter((r) => r.url.includes('/img/photo-'));
  assert.deepEqual(originals, [], 'no original is downloaded');
  for (const request of requests.filter((r) => r.url.includes('/img/v/'))) {
    assert.ok(variantWidth(request.url) <= 828, `${request.url}: a phone needs no wider variant`);
  }
  // While it loads, its box holds the photo's colour.
  assert.match(await lead.getAttribute('class'), /\btint tr\d tg\d tb\d\b/);
  assert.notEqual(await lead.evaluate((img) => getComputedStyle(img).backgroundColor), 'rgba(0, 0, 0, 0)');
});

test('the takeover fetches no picture a second time, and nothing moves', async (fixtures) => {
  const server = await photoSite(fixtures);
  for (const path of ['', 'article/1008/cosumar-releve-ses-previsions-apres-une-campagne-sucriere-record']) {
    const release = await holdConfig(server);
    const page = await fixtures.newPage(PHONE);
    await watchShifts(page);
    const requests = await watchImages(page);
    await page.goto(server.url + path);
    await heading(page);
    await page.waitForFunction(() => [...document.querySelectorAll('main img')].slice(0, 1).every((img) => img.complete));
    const before = await page.locator('main img').first().evaluate((img) => img.currentSrc);
    release();
    await takenOver(page);
    await page.waitForFunction(() => !document.querySelector('.later.pending'));
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('main img').first().evaluate((img) => img.currentSrc), before, `/${path}: the same picture`);
    const counts = new Map();
    for (const { url } of requests) counts.set(url, (counts.get(url) ?? 0) + 1);
    const twice = [...counts].filter(([, count]) => count > 1);
    assert.deepEqual(twice, [], `/${path}: pictures requested twice`);
    assert.ok(requests.some((r) => r.url.includes('/img/v/')), `/${path}: the page shows variants`);
    assert.equal(await shifted(page), 0, `/${path}: layout shift`);
    server.routes.delete('/config.json');
  }
});

test('a saved article keeps the variants the reader loaded, not every width, and shows them offline', async (fixtures) => {
  const server = await photoSite(fixtures);
  const page = await fixtures.newPage(PHONE);
  await page.goto(server.url);
  await heading(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 15_000 });
  const article = 'article/1008/cosumar-releve-ses-previsions-apres-une-campagne-sucriere-record';
  await page.goto(server.url + article);
  await takenOver(page);
  await page.waitForFunction(() => document.querySelector('.hero img')?.complete);
  const shown = await page.locator('.hero img').evaluate((img) => img.currentSrc);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.waitForFunction(async () => (await (await caches.open('manchette-saved-v1')).keys()).length > 0);
  const kept = await page.evaluate(async () => (await (await caches.open('manchette-saved-v1')).keys()).map((r) => r.url));
  assert.deepEqual(kept, [shown], 'the variant the reader loaded, and no other width');
  await page.context().setOffline(true);
  await page.goto(`${server.url}sauvegardes`);
  await page.getByRole('link', { name: /Cosumar relève/ }).click();
  await page.waitForFunction(() => document.querySelector('.hero img')?.naturalWidth > 0);
  assert.equal(await page.locator('.hero img').evaluate((img) => img.currentSrc), shown);
});
