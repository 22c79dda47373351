// The reader's journeys through the sample paper, against the release build served as a CDN
// would: every view, both themes, phone and desktop widths, at / and under a sub-path.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, SUB_PATH } from './harness.mjs';
import { assertAccessible, assertNoSidewaysScroll, heading, live } from './checks.mjs';

const sample = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8'));
const lead = sample.items.find((i) => i._manchette?.featured === 1);
const cosumar = sample.items.find((i) => i.title.startsWith('Cosumar relève'));

const VIEWS = [
  ['home', ''],
  ['section', 'rubrique/economie'],
  ['article', `article/${cosumar.id}/cosumar-releve-ses-previsions-apres-une-campagne-sucriere-record`],
  ['tag', 'tag/bourse'],
  ['briefs', 'fil-info'],
  ['saved', 'sauvegardes'],
  ['not-found', 'nulle-part'],
  ['archives', 'archives'],
  ['archive-month', 'archives/2026/11'],
];

test('every view passes axe in both themes, and fits a phone without sideways scrolling', async ({ site, newPage, screenshot }) => {
  const { url } = await site();
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      // axe is injected as a script, which the app's CSP would (rightly) refuse.
      const page = await newPage({ width, colorScheme, bypassCSP: true });
      for (const [name, path] of VIEWS) {
        await page.goto(url + path);
        await heading(page);
        await page.waitForLoadState('networkidle');
        await assertNoSidewaysScroll(page, `${name} at ${width}px`);
        if (width === 1280) await assertAccessible(page, `${name} (${colorScheme})`);
        await screenshot(page, `${name}-${colorScheme}`);
      }
    }
  }
});

test('home → section → article → tag, then back restores each page and its scroll', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await page.goto(url);
  assert.equal(await heading(page), 'À la une');
  assert.equal(await page.locator('.card-lead .card-title').innerText(), lead.title);
  // The app draws the published page anew: scroll once its nodes are the app's.
  await live(page);

  // Deep into the front page, then into a section.
  const economie = page.locator('.section-block[data-section="economie"] h2 a');
  await economie.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(100);
  const homeScroll = await page.evaluate(() => window.scrollY);
  assert.ok(homeScroll > 500, `scrolled to ${homeScroll}`);
  await economie.click();
  await page.waitForURL(/\/rubrique\/economie$/);
  assert.equal(await heading(page), 'Économie');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'a new view starts at the top');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the heading');

  await page.getByRole('link', { name: cosumar.title }).click();
  await page.waitForURL(/\/article\//);
  assert.equal(await heading(page), cosumar.title);
  assert.equal(await page.locator('.lead').innerText(), cosumar._manchette.lead);
  assert.match(await page.locator('.byline').innerText(), /Publié le samedi 28 novembre 2026 à 17:35/);
  assert.equal(await page.locator('.article-body h2').count(), 1);
  assert.equal(await page.locator('.article-body blockquote').count(), 1);
  assert.match(await page.locator('.hero figcaption').innerText(), /Gharb/);

  await page.locator('.tags').getByRole('link', { name: 'Bourse' }).click();
  await page.waitForURL(/\/tag\/bourse$/);
  assert.equal(await heading(page), 'Mot-clé : Bourse');

  await page.goBack();
  await page.waitForURL(/\/article\//);
  assert.equal(await heading(page), cosumar.title);
  await page.goBack();
  await page.waitForURL(/\/rubrique\/economie$/);
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/');
  await heading(page);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, homeScroll);
});

test('a deep link with a wrong slug opens the article at its canonical URL, and survives a reload', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  const response = await page.goto(`${url}article/${cosumar.id}/un-vieux-titre`);
  assert.equal(response.status(), 404, 'the host answers with its 404.html fallback');
  assert.equal(await heading(page), cosumar.title);
  await page.waitForURL(/cosumar-releve-ses-previsions-apres-une-campagne-sucriere-record$/);
  await page.reload();
  assert.equal(await heading(page), cosumar.title);
  assert.equal(await page.title(), `${cosumar.title} — Le Matin du Détroit`);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  assert.equal(description, cosumar._manchette.lead);
  assert.equal(await page.locator('meta[property="og:type"]').getAttribute('content'), 'article');
});

test('unknown routes and unknown ids get a real 404 view with ways back', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await page.goto(`${url}nulle-part/du-tout`);
  assert.equal(await heading(page), 'Page introuvable');
  assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
  await page.goto(`${url}article/n-existe-pas/titre`);
  assert.equal(await heading(page), 'Page introuvable');
  await page.getByText('Cet article est introuvable').waitFor();
  await page.goto(`${url}rubrique/meteo`);
  assert.equal(await heading(page), 'Page introuvable');
  await page.getByRole('link', { name: 'Retour à la une' }).click();
  assert.equal(await heading(page), 'À la une');
});

test('the same build works under a sub-path: links, deep links and assets', async ({ site, newPage }) => {
  const { url, log } = await site({ prefix: SUB_PATH });
  const page = await newPage();
  await page.goto(`${url}rubrique/sport`);
  assert.equal(await heading(page), 'Sport');
  const href = await page.locator('.listing .card-title a').first().getAttribute('href');
  assert.ok(href.startsWith(`${SUB_PATH}article/`), href);
  await page.locator('.listing .card-title a').first().click();
  await page.waitForURL((u) => u.pathname.startsWith(`${SUB_PATH}article/`));
  await page.reload();
  await heading(page);
  await page.getByRole('link', { name: 'Accueil' }).first().click();
  await page.waitForURL((u) => u.pathname === SUB_PATH);
  assert.equal(await heading(page), 'À la une');
  const outside = log.filter((r) => !r.path.startsWith(SUB_PATH));
  assert.deepEqual(outside, [], 'every request stays under the sub-path');
});

test('a paper configured in English speaks English, to any reader', async ({ site, newPage }) => {
  const { url, configure } = await site();
  const config = JSON.parse(await readFile(new URL('../../public/config.json', import.meta.url), 'utf8'));
  await configure({ ...config, locale: 'en' });
  const page = await newPage({ locale: 'fr-FR' });
  await page.goto(url);
  assert.equal(await heading(page), 'Top stories');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('link', { name: 'Latest news' }).first().waitFor();
  await page.goto(`${url}article/${cosumar.id}/x`);
  assert.match(await page.locator('.byline').innerText(), /Published Saturday, November 28, 2026 at 5:35/);
});

test('the theme toggle is remembered, and the menu opens on a phone', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage({ width: 375 });
  await page.goto(url);
  await heading(page);
  // The menu and the theme are the app's: wait until it runs on the published page.
  await live(page);
  const nav = page.locator('#rubriques');
  assert.equal(await nav.isVisible(), false, 'the sections hide behind the menu');
  const menu = page.getByRole('button', { name: 'Rubriques' });
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await nav.getByRole('link', { name: 'Culture' }).click();
  assert.equal(await heading(page), 'Culture');
  assert.equal(await nav.isVisible(), false, 'a navigation closes the menu');

  const toggle = page.getByRole('button', { name: 'Thème sombre' });
  await toggle.click();
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  await page.reload();
  await heading(page);
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark', 'before the first paint');
  await live(page);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
});

test('the fil info groups briefs by day, time first', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await page.goto(`${url}fil-info`);
  assert.equal(await heading(page), 'Fil info');
  assert.deepEqual(await page.locator('.brief-day h2').allTextContents(), ['samedi 28 novembre 2026']);
  const first = await page.locator('.briefs-page .brief-list li').first().innerText();
  assert.match(first, /^23:20 Météo/);
  const ticker = await page.locator('.ticker li').allInnerTexts();
  assert.equal(ticker.length, 3);
});

test('sharing uses the browser’s share sheet where it exists, else copy link and share links', async ({ site, newPage }) => {
  const { url } = await site();
  // A browser without the Web Share API (most desktops).
  const plain = await newPage();
  await plain.addInitScript(() => { delete Navigator.prototype.share; });
  await plain.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await plain.goto(`${url}article/${cosumar.id}/x`);
  await heading(plain);
  assert.equal(await plain.getByRole('button', { name: 'Partager…' }).count(), 0);
  await plain.getByRole('button', { name: 'Copier le lien' }).click();
  await plain.getByText('Lien copié').waitFor();
  assert.match(await plain.evaluate(() => navigator.clipboard.readText()), /\/article\/1008\/cosumar/);
  for (const name of ['Partager sur Facebook', 'Partager sur X', 'Partager sur WhatsApp', 'Envoyer par e-mail']) {
    assert.equal(await plain.getByRole('link', { name }).count(), 1, name);
  }
  // A browser with it (phones).
  const sharing = await newPage();
  await sharing.addInitScript(() => {
    navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };
  });
  await sharing.goto(`${url}article/${cosumar.id}/x`);
  await heading(sharing);
  await sharing.getByRole('button', { name: 'Partager…' }).click();
  const shared = await sharing.evaluate(() => window.__shared);
  assert.equal(shared.title, cosumar.title);
  assert.match(shared.url, /\/article\/1008\/cosumar-releve/);
  assert.equal(await sharing.getByRole('button', { name: 'Copier le lien' }).count(), 0);
});
