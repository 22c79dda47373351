// The Arabic edition: an Arabic feed, published, gives an Arabic paper, right to left, with
// Moroccan dates, a French article that stays left to right, and search that meets Arabic
// spellings. Looked at in both themes, at 375 and 1280 px.
import assert from 'node:assert/strict';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './harness.mjs';
import { assertAccessible, assertNoSidewaysScroll, heading, live } from './checks.mjs';

const ARABIC = new URL('../../public/feed-ar.json', import.meta.url).pathname;
const feed = JSON.parse(await readFile(ARABIC, 'utf8'));
const lead = feed.items.find((i) => i._manchette?.featured === 1);
const french = feed.items.find((i) => i.language === 'fr');
const vaccination = feed.items.find((i) => i.id === 'ar-1003');

const arabicSite = ({ site }) => site({ edit: (dir) => copyFile(ARABIC, join(dir, 'feed.json')), publish: true });

test('an Arabic feed reads as an Arabic paper: home, section, article, comment, search', async (fixtures) => {
  const server = await arabicSite(fixtures);
  const page = await fixtures.newPage();
  await page.goto(server.url);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar-MA', 'rtl'],
    'the published page is Arabic and right to left before the app runs');
  assert.equal(await heading(page), 'أبرز الأخبار');
  await live(page);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar-MA', 'rtl']);
  await page.getByRole('navigation').getByRole('link', { name: 'المجتمع' }).first().click();
  assert.equal(await heading(page), 'المجتمع');
  await page.getByRole('link', { name: vaccination.title }).first().click();
  assert.equal(await heading(page), vaccination.title);
  assert.match(await page.locator('.byline').innerText(), /(الثلاثاء|الأربعاء|الخميس|الجمعة)، 2\d نونبر 2026 في \d\d:\d\d/,
    'an ar-MA date, Maghreb month, 24-hour clock');

  await page.locator('.comments').scrollIntoViewIfNeeded();
  const form = page.locator('.comments > .comment-form');
  await form.waitFor();
  const text = 'مقال مفيد، شكرا على المعلومات.';
  await form.locator('textarea').fill(text);
  assert.equal(await form.locator('textarea').getAttribute('dir'), 'auto');
  await form.getByRole('button', { name: 'نشر' }).click();
  await page.locator('.comment[data-delivery="sent"] .comment-text').getByText(text).waitFor();
  await page.getByText('التعليقات (1)').waitFor();

  // "وزاره الصحه" (ه for ة) and "التلقيح" (the article, against للتلقيح) both find it.
  await page.goto(`${server.url}recherche?q=${encodeURIComponent('وزاره الصحه')}`);
  await page.locator('.search-results').getByRole('link', { name: vaccination.title }).waitFor();
  await page.goto(`${server.url}recherche?q=${encodeURIComponent('التلقيح')}`);
  await page.locator('.search-results mark').first().waitFor();
  assert.equal(await page.locator('.search-results mark').first().innerText(), 'للتلقيح', 'the whole word is marked, its prefix with it');
});

test('a French article in the Arabic paper reads left to right inside the right-to-left page', async (fixtures) => {
  const server = await arabicSite(fixtures);
  const page = await fixtures.newPage();
  await page.goto(`${server.url}article/${french.id}/x`);
  assert.equal(await heading(page), french.title);
  const article = page.locator('article.article');
  assert.equal(await article.getAttribute('lang'), 'fr');
  assert.equal(await article.getAttribute('dir'), 'ltr');
  assert.equal(await article.evaluate((e) => getComputedStyle(e).direction), 'ltr');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
});

test('the Arabic paper holds at 375 and 1280 px, passes axe in both themes, and mirrors its frame', async (fixtures) => {
  const server = await arabicSite(fixtures);
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      const page = await fixtures.newPage({ width, colorScheme, bypassCSP: true });
      for (const [name, path] of [['home', ''], ['article', `article/${lead.id}/x`], ['briefs', 'fil-info']]) {
        await page.goto(`${server.url}${path}`);
        await heading(page);
        await live(page);
        await assertNoSidewaysScroll(page, `${name} at ${width}px`);
        if (colorScheme === 'light') await fixtures.screenshot(page, `arabic-${name}`);
        if (width === 1280) await assertAccessible(page, `arabic ${name} (${colorScheme})`);
      }
      if (width === 1280) {
        // The masthead mirrors: the edition's date, first in it, stands on the right.
        const brand = await page.locator('.brand').boundingBox();
        const date = await page.locator('.edition-date').boundingBox();
        assert.ok(date.x > brand.x + brand.width, `the date stands right of the brand (${date.x} vs ${brand.x})`);
      }
    }
  }
});

test('Arabic addresses: an article by its Arabic slug, a tag page, and the 404 view', async (fixtures) => {
  const server = await arabicSite(fixtures);
  const page = await fixtures.newPage();
  // Another slug is replaced by the canonical one, which is Arabic.
  await page.goto(`${server.url}article/${vaccination.id}/x`);
  await heading(page);
  await page.waitForFunction(() => /^\/article\/ar-1003\/وزارة-الصحة-/.test(decodeURIComponent(location.pathname)));
  const canonical = page.url();
  // That address is a published page, served as it is.
  const response = await page.goto(canonical);
  assert.equal(response.status(), 200, `the published page is served at ${decodeURIComponent(canonical)}`);
  assert.equal(await heading(page), vaccination.title);
  const named = new URL(await page.locator('link[rel=canonical]').getAttribute('href'));
  assert.equal(named.pathname, new URL(canonical).pathname, 'the page names its Arabic address as canonical');

  const tag = vaccination.tags[0];
  await page.goto(`${server.url}tag/${encodeURIComponent(tag)}`);
  assert.equal(await heading(page), `وسم: ${tag}`);
  await page.getByRole('link', { name: vaccination.title }).first().waitFor();

  // The archive's months, named as Moroccan papers name them, right to left.
  await page.goto(`${server.url}archives`);
  assert.equal(await heading(page), 'الأرشيف');
  await page.getByRole('link', { name: 'نونبر 2026' }).click();
  await page.waitForURL(/\/archives\/2026\/11$/);
  assert.equal(await heading(page), 'نونبر 2026');
  await page.locator('.archive-list').getByRole('link', { name: vaccination.title }).waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');

  await page.goto(`${server.url}${encodeURIComponent('صفحة-غير-موجودة')}`);
  assert.equal(await heading(page), 'الصفحة غير موجودة');
});
