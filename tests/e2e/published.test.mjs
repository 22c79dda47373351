// Published pages: the paper as static HTML written by the app's own views, readable without
// JavaScript, taken over by the app without a jump, and served at the addresses the app links.
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './harness.mjs';
import { assertNoSidewaysScroll, heading, holdConfig, live as takenOver, shifted, watchShifts } from './checks.mjs';

const sample = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8'));
const cosumar = sample.items.find((i) => i.title.startsWith('Cosumar relève'));
const COSUMAR = `article/${cosumar.id}/cosumar-releve-ses-previsions-apres-une-campagne-sucriere-record`;
const lead = sample.items.find((i) => i._manchette?.featured === 1);


/** How many elements are laid out only near the screen (`content-visibility: auto`). */
const laidOutNearScreen = (page) => page.evaluate(() =>
  [...document.body.querySelectorAll('*')].filter((e) => getComputedStyle(e).contentVisibility === 'auto').length);

test('with JavaScript off the published paper reads: home, section, article, tag, fil info', async ({ site, newPage, screenshot }) => {
  const { url } = await site();
  for (const width of [375, 1280]) {
    const page = await newPage({ width, javaScript: false });
    await page.goto(url);
    assert.equal(await heading(page), 'À la une');
    assert.equal(await page.locator('.card-lead .card-title').innerText(), lead.title);
    assert.equal(await page.locator('.card-lead img').getAttribute('fetchpriority'), 'high');
    await screenshot(page, 'published-home-nojs');
    // On a phone the sections stay listed: the menu button needs the app.
    await page.locator('#rubriques a', { hasText: 'Économie' }).click();
    await page.waitForURL(/\/rubrique\/economie$/);
    assert.equal(await heading(page), 'Économie');
    await page.getByRole('link', { name: cosumar.title }).first().click();
    await page.waitForURL((u) => u.pathname.endsWith(COSUMAR));
    assert.equal(await heading(page), cosumar.title);
    assert.match(await page.locator('.byline').innerText(), /Publié le samedi 28 novembre 2026 à 17:35/);
    assert.ok(await page.locator('.article-body p').count() > 1, 'the body reads');
    // Below the first screen, the published comment area is laid out once a reader comes near
    // it (the frame after it scrolls into view).
    const comments = page.locator('.comments');
    await comments.scrollIntoViewIfNeeded();
    for (let frame = 0; frame < 50 && !(await comments.innerText()); frame++) await page.waitForTimeout(20);
    assert.match(await comments.innerText(), /Les commentaires s’affichent avec JavaScript/);
    assert.equal(await page.locator('.comment-form').count(), 0);
    await screenshot(page, 'published-article-nojs');
    const tag = page.locator('.tags a').first();
    const tagName = await tag.innerText();
    await tag.click();
    await page.waitForURL(/\/tag\//);
    assert.equal(await heading(page), `Mot-clé : ${tagName}`);
    await page.locator('.ticker h2 a').click();
    await page.waitForURL(/\/fil-info$/);
    assert.equal(await heading(page), 'Fil info');
    // The search box still submits, to a page that says what search needs.
    await page.locator('#recherche-q').fill('maroc');
    await page.locator('#recherche-q').press('Enter');
    await page.waitForURL(/\/recherche\?q=maroc$/);
    assert.match(await page.locator('main').innerText(), /La recherche a besoin de JavaScript/);
  }
});

test('every address the front page links to is answered 200 without a redirect; others get the empty page', async ({ site, newPage }) => {
  const { url, origin } = await site();
  const page = await newPage({ javaScript: false });
  await page.goto(url);
  const links = await page.evaluate(() => [...new Set([...document.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')))]);
  const published = links.filter((href) => !href.startsWith('/sauvegardes'));
  assert.ok(published.length > 30, `${published.length} links`);
  for (const href of published) {
    const response = await fetch(origin + href, { redirect: 'manual' });
    assert.equal(response.status, 200, href);
    assert.match(await response.text(), /<meta name="manchette-published"/, href);
  }
  const unknown = await fetch(`${origin}/nulle-part`, { redirect: 'manual' });
  assert.equal(unknown.status, 404);
  assert.doesNotMatch(await unknown.text(), /<meta name="manchette-published"/, 'the empty page, never a published one');
});

/** Where the page's heading and lead picture are, and what the heading says. */
const layoutOf = (page) => page.evaluate(() => {
  const box = (element) => {
    if (!element) return null;
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  };
  const h1 = document.querySelector('main h1');
  return { heading: h1.textContent, h1: box(h1), picture: box(document.querySelector('main img')) };
});

test('the app takes a published page over: the same page in the same place, no shift, no console error, then links route inside the app', async ({ site, newPage }) => {
  // Published at the address it is served from, as a newsroom's site is.
  const server = await site({ publish: true });
  for (const path of ['', COSUMAR]) {
    const release = await holdConfig(server);
    const page = await newPage();
    await watchShifts(page);
    await page.goto(server.url + path);
    const published = await layoutOf(page);
    const publishedHeading = await page.evaluateHandle(() => document.querySelector('main h1'));
    const publishedBody = await page.evaluateHandle(() => document.querySelector('.article-body p'));
    // Before the app runs, the published blocks below the first screen wait to be laid out.
    assert.ok(await laidOutNearScreen(page) >= 2, `${path || 'home'}: published blocks laid out near the screen only`);
    release();
    await takenOver(page);
    await page.waitForLoadState('networkidle');
    // Once the app has drawn every part, all is laid out: back and forward restore exact positions.
    await page.waitForFunction(() => !document.querySelector('.later.pending'));
    assert.equal(await laidOutNearScreen(page), 0, `${path || 'home'}: the app's views are laid out whole`);
    // Drawn anew by the app, where the published one was.
    assert.equal(await page.evaluate((h) => h.isConnected, publishedHeading), false, `${path || 'home'}: drawn by the app`);
    // The article's sanitised body is kept as published: the app does not sanitise it again.
    if (path) assert.equal(await page.evaluate((p) => p.isConnected, publishedBody), true, 'the published body is kept');
    assert.deepEqual(await layoutOf(page), published, `${path || 'home'}: the same page in the same place`);
    assert.ok(await shifted(page) <= 0.02, `${path || 'home'}: layout shift ${await shifted(page)}`);
    assert.deepEqual(page.consoleErrors, [], `${path || 'home'}: console errors`);
    await page.evaluate(() => { window.__samePage = true; });
    await page.locator('#rubriques a', { hasText: 'Sport' }).click();
    await page.waitForURL(/\/rubrique\/sport$/);
    assert.equal(await heading(page), 'Sport');
    assert.equal(await page.evaluate(() => window.__samePage), true, 'no page load');
  }
});

test('a feed changed after publishing shows the newer paper after takeover', async ({ site, newPage }) => {
  const edited = structuredClone(sample);
  edited.items.find((i) => i.id === lead.id).title = 'Titre corrigé après la publication';
  edited.items.find((i) => i.id === cosumar.id).title = 'Cosumar : le titre a changé depuis';
  const { url, dir } = await site({ edit: (d) => writeFile(join(d, 'feed.json'), JSON.stringify(edited)) });
  const page = await newPage();
  await page.goto(url);
  await page.locator('.card-lead .card-title', { hasText: 'Titre corrigé après la publication' }).waitFor();
  await page.goto(url + COSUMAR);
  // The published page names the old headline; the app shows the new one, at its new address.
  assert.match(await readFile(join(dir, `${COSUMAR}.html`), 'utf8'), /Cosumar relève ses prévisions/);
  await page.locator('main h1', { hasText: 'Cosumar : le titre a changé depuis' }).waitFor();
  await page.waitForURL(/cosumar-le-titre-a-change-depuis$/);
  assert.deepEqual(page.consoleErrors, []);
});

test('an article published in the feed after the pages opens through the empty page', async ({ site, newPage }) => {
  const added = structuredClone(sample);
  added.items.unshift({
    id: 'tout-neuf', title: 'Un article arrivé après la publication', content_text: 'Il n’a pas encore de page.',
    date_published: '2026-11-29T08:00:00+01:00', _manchette: { section: 'societe' },
  });
  const { url } = await site({ edit: (d) => writeFile(join(d, 'feed.json'), JSON.stringify(added)) });
  const page = await newPage();
  await page.goto(`${url}article/tout-neuf/un-article-arrive-apres-la-publication`);
  assert.equal(await heading(page), 'Un article arrivé après la publication');
});

test('a host that serves the wasm without its type still runs the app, on a published page and on the empty page', async ({ site, newPage }) => {
  const server = await site();
  const wasm = (await readdir(server.dir)).find((file) => file.endsWith('_bg.wasm'));
  const bytes = await readFile(join(server.dir, wasm));
  let served = 0;
  server.routes.set(`/${wasm}`, (request, response) => {
    served += 1;
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    response.end(bytes);
  });
  for (const path of [COSUMAR, 'article/tout-autre/sans-page']) {
    const page = await newPage();
    await page.goto(server.url + path);
    await takenOver(page);
    // The empty page is answered 404, which the console reports; nothing else may be.
    const errors = page.consoleErrors.filter((message) => !message.includes('status of 404'));
    assert.deepEqual(errors, [], `/${path}: console errors`);
  }
  // Each page's wasm, and each service worker's copy of the shell, came from that host.
  assert.ok(served >= 2, `the wasm was served ${served} times by the host that mislabels it`);
});

/** Counts the page's `Intl.DateTimeFormat`s, from the first script on. */
const countDateFormats = (page) => page.addInitScript(() => {
  window.__dateFormats = 0;
  const Native = Intl.DateTimeFormat;
  Intl.DateTimeFormat = new Proxy(Native, {
    construct(target, args) { window.__dateFormats += 1; return Reflect.construct(target, args); },
    apply(target, self, args) { window.__dateFormats += 1; return Reflect.apply(target, self, args); },
  });
});
const dateFormats = (page) => page.evaluate(() => window.__dateFormats);

test('a published page’s dates need no Intl: the page carries its zone’s offsets; the empty page asks Intl', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await countDateFormats(page);
  for (const path of ['', COSUMAR, 'fil-info']) {
    await page.goto(url + path);
    await heading(page);
    await takenOver(page);
    await page.locator('main time').first().waitFor();
    assert.equal(await dateFormats(page), 0, `no Intl.DateTimeFormat on /${path}`);
  }
  // An address with no page: the empty page, where the app places dates with Intl's offsets.
  await page.goto(`${url}article/${cosumar.id}/ancien-titre`);
  await heading(page);
  await page.locator('main time').first().waitFor();
  assert.ok(await dateFormats(page) > 0, 'the empty page places its dates with Intl');
});

test('a sub-path build publishes a sub-path site that reads with and without JavaScript', async ({ site, newPage }) => {
  const { url } = await site({ prefix: '/sub/path/' });
  const off = await newPage({ javaScript: false });
  await off.goto(`${url}${COSUMAR}`);
  assert.equal(await heading(off), cosumar.title);
  await off.locator('.article-header .kicker a').click();
  await off.waitForURL((u) => u.pathname === '/sub/path/rubrique/economie');
  assert.equal(await heading(off), 'Économie');
  const on = await newPage();
  await on.goto(`${url}${COSUMAR}`);
  await takenOver(on);
  await on.locator('.comments').scrollIntoViewIfNeeded();
  await on.locator('.comments .comment-form').waitFor();
  assert.deepEqual(on.consoleErrors, []);
});

test('what a reader types into the search box before the app takes over is kept, then searched', async ({ site, newPage }) => {
  const server = await site();
  const release = await holdConfig(server);
  const page = await newPage();
  await page.goto(server.url);
  await heading(page);
  await page.locator('#recherche-q').fill('seisme');
  release();
  await page.waitForURL(/\/recherche\?q=seisme$/);
  await page.locator('.search-list h2 a', { hasText: 'Séisme' }).first().waitFor();
  assert.equal(await page.locator('#recherche-q').inputValue(), 'seisme', 'nothing typed is lost');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'recherche-q', 'the box keeps the focus');
  // The reader goes on typing where they were.
  await page.keyboard.type(' agadir');
  await page.waitForURL(/\/recherche\?q=seisme(\+|%20)agadir$/);
});

test('the menu and theme buttons work before the app takes over, and the app goes on from there', async ({ site, newPage }) => {
  const server = await site();
  const release = await holdConfig(server);
  const page = await newPage({ width: 375 });
  await page.goto(server.url);
  await heading(page);
  const sections = page.locator('#rubriques');
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await sections.isVisible(), false, 'on a narrow screen the sections wait behind the menu');
  await page.locator('.menu-toggle').click();
  assert.equal(await sections.isVisible(), true, 'the published menu opens');
  await page.locator('.theme-toggle').click();
  assert.equal(await theme(), 'dark', 'the published theme button switches');
  release();
  await takenOver(page);
  await page.waitForFunction(() => !document.querySelector('.later.pending'));
  assert.equal(await sections.isVisible(), true, 'the menu is still open once the app has drawn it');
  assert.equal(await page.locator('.menu-toggle').getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('.theme-toggle').getAttribute('aria-pressed'), 'true', 'the app knows the chosen theme');
  // The app's buttons now: each click does one thing.
  await page.locator('.menu-toggle').click();
  assert.equal(await sections.isVisible(), false, 'the app closes the menu');
  await page.locator('.theme-toggle').click();
  assert.equal(await theme(), 'light');
  await page.reload();
  assert.equal(await theme(), 'light', 'the last choice is remembered');
  assert.deepEqual(page.consoleErrors, []);
});

test('text selected in a published article stays selected when the app takes the page over', async ({ site, newPage }) => {
  const server = await site({ publish: true });
  const release = await holdConfig(server);
  const page = await newPage();
  await page.goto(server.url + COSUMAR);
  await heading(page);
  const selected = await page.evaluate(() => {
    const text = document.querySelector('.article-body p').firstChild;
    getSelection().setBaseAndExtent(text, 0, text, 40);
    return getSelection().toString();
  });
  assert.equal(selected.length, 40);
  release();
  await takenOver(page);
  await page.waitForFunction(() => !document.querySelector('.later.pending'));
  assert.equal(await page.evaluate(() => getSelection().toString()), selected);
});

test('a button clicked before the app has drawn it is clicked again once the app has', async ({ site, newPage }) => {
  const server = await site();
  const release = await holdConfig(server);
  const page = await newPage();
  await page.goto(server.url + COSUMAR);
  await heading(page);
  const save = page.locator('article .save').first();
  assert.equal(await save.getAttribute('aria-pressed'), 'false');
  await save.click();
  assert.equal(await save.getAttribute('aria-busy'), 'true', 'the reader sees the click is waiting');
  release();
  await takenOver(page);
  await page.waitForFunction(() => performance.getEntriesByName('manchette:interactive').length > 0);
  await page.waitForFunction(() => document.querySelector('article .save')?.getAttribute('aria-pressed') === 'true');
  assert.equal(await page.locator('.save[aria-busy]').count(), 0);
  // Saved once, not twice: a second click unsaves it.
  await page.locator('article .save').first().click();
  assert.equal(await page.locator('article .save').first().getAttribute('aria-pressed'), 'false');
  assert.deepEqual(page.consoleErrors, []);
});

test('a story gone from the feed since its page was published is still there after the takeover', async ({ site, newPage }) => {
  const server = await site({ publish: true });
  // The feed moves on: a newer story, and Cosumar's is no longer in it.
  const newer = structuredClone(sample);
  newer.items = newer.items.filter((i) => i.id !== cosumar.id);
  newer.items.unshift({
    id: 'plus-recent', title: 'Une nouvelle plus récente', content_text: 'Le fil a avancé.',
    date_published: '2026-11-29T08:00:00+01:00', _manchette: { section: 'societe' },
  });
  const newerFeed = join(server.dir, 'newer-feed.json');
  await writeFile(newerFeed, JSON.stringify(newer));
  await server.publish(newerFeed);
  assert.doesNotMatch(await readFile(join(server.dir, 'feed.json'), 'utf8'), /Cosumar relève/, 'the site serves the newer feed');
  const page = await newPage();
  await page.goto(server.url + COSUMAR);
  await takenOver(page);
  assert.equal(await heading(page), cosumar.title, 'the story, not « introuvable »');
  assert.ok(await page.locator('.article-body p').count() > 1, 'its body reads');
  assert.equal(await page.locator('.not-found').count(), 0);
  // The app has taken the page over: the frame shows the newer paper, the discussion opens.
  await page.locator('.ticker, .site-header').first().waitFor();
  await page.locator('.comments').scrollIntoViewIfNeeded();
  await page.locator('.comments .comment-form').waitFor();
  await page.locator('#rubriques a', { hasText: 'Société' }).click();
  await page.waitForURL(/\/rubrique\/societe$/);
  await page.getByRole('link', { name: 'Une nouvelle plus récente' }).first().waitFor();
  assert.deepEqual(page.consoleErrors, []);
});

test('published pages fit a phone’s width without JavaScript and before the takeover', async ({ site, newPage }) => {
  const server = await site();
  const paths = ['', 'rubrique/economie', COSUMAR, 'fil-info', 'tag/football'];
  for (const width of [320, 360, 375, 412]) {
    const off = await newPage({ width, javaScript: false });
    for (const path of paths) {
      await off.goto(server.url + path);
      await heading(off);
      await assertNoSidewaysScroll(off, `/${path} at ${width}px without JavaScript`);
    }
    // With JavaScript, before the app has taken the page over (it waits for config.json).
    const release = await holdConfig(server);
    const before = await newPage({ width });
    for (const path of paths) {
      await before.goto(server.url + path);
      await heading(before);
      assert.equal(await before.evaluate(() => document.documentElement.classList.contains('app')), false, 'not taken over yet');
      await assertNoSidewaysScroll(before, `/${path} at ${width}px before the takeover`);
    }
    release();
    server.routes.delete('/config.json');
  }
});

test('_headers gives each file one cache rule: hashed names immutable, fixed names revalidated', async ({ site }) => {
  const { dir } = await site();
  const rules = [];
  for (const line of (await readFile(join(dir, '_headers'), 'utf8')).split('\n')) {
    if (line.startsWith('/')) rules.push({ path: line, headers: [] });
    else if (line.startsWith('  ')) rules.at(-1).headers.push(line.trim());
  }
  // As Cloudflare Pages and Netlify match: `*` is any run of characters, `/` included.
  const cacheOf = (file) => rules
    .filter(({ path }) => new RegExp(`^${path.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`).test(`/${file}`))
    .flatMap(({ headers }) => headers.filter((h) => h.startsWith('Cache-Control:')));
  const IMMUTABLE = ['Cache-Control: public, max-age=31536000, immutable'];
  const REVALIDATED = ['Cache-Control: no-cache'];
  const root = await readdir(dir);
  const hashed = root.filter((file) => /\.(js|css|wasm)$/.test(file) && file !== 'sw.js');
  assert.ok(hashed.some((file) => file.endsWith('_bg.wasm')), hashed.join(' '));
  for (const file of hashed) assert.deepEqual(cacheOf(file), IMMUTABLE, file);
  const pagefind = await readdir(join(dir, 'pagefind'));
  const fragment = (await readdir(join(dir, 'pagefind/fragment')))[0];
  for (const file of [`pagefind/fragment/${fragment}`, ...pagefind.filter((f) => f.endsWith('.pf_meta')).map((f) => `pagefind/${f}`)]) {
    assert.deepEqual(cacheOf(file), IMMUTABLE, file);
  }
  for (const file of ['sw.js', '', 'config.json', 'feed.json', COSUMAR, 'archives/2026/11', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json',
    ...pagefind.filter((f) => f.startsWith('wasm.')).map((f) => `pagefind/${f}`)]) {
    assert.deepEqual(cacheOf(file), REVALIDATED, file || '/');
  }
});
