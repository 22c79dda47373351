// A WordPress 6.7 post with its media blocks (tests/import_fixtures/wordpress-media.rss),
// published: its embeds become click-to-play facades that load nothing from their provider
// before the click, its own players stay, and without JavaScript every link is there.
import assert from 'node:assert/strict';
import { test } from './harness.mjs';
import { assertAccessible, heading, holdConfig, live } from './checks.mjs';

const WORDPRESS_MEDIA = new URL('../import_fixtures/wordpress-media.rss', import.meta.url).pathname;
const REPORT = 'Tanger Med, une nuit sur le quai : notre reportage en images et en vidéo';
const PODCAST = 'Le Détroit en podcast, épisode 12 : la pêche artisanale face aux quotas';
// Every host of the providers, their players, posters and scripts.
const PROVIDERS = /(^|\.)(youtube\.com|youtube-nocookie\.com|ytimg\.com|youtu\.be|vimeo\.com|vimeocdn\.com|dailymotion\.com|dmcdn\.net|soundcloud\.com|sndcdn\.com|spotify\.com|scdn\.co|facebook\.com|fbcdn\.net|twitter\.com|x\.com|twimg\.com|cartes\.example)$/;

/** Every request the page makes to a provider (answered here with an empty page: no network). */
async function watchProviders(page) {
  const asked = [];
  await page.context().route((url) => PROVIDERS.test(url.hostname), (route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>lecteur</title>' });
  });
  return asked;
}

/** Waits (10 s at most) until the page has asked a provider for an address starting with `prefix`. */
async function askedFor(asked, prefix) {
  for (let waited = 0; waited < 10_000 && !asked.some((url) => url.startsWith(prefix)); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The address of the article titled `title`, from the front page's links. */
async function articleUrl(page, server, title) {
  await page.goto(server.url);
  await heading(page);
  return page.locator('main a', { hasText: title }).first().evaluate((a) => a.href);
}

test('an embed loads nothing from its provider before the click, then plays from the privacy-enhanced host', async ({ site, newPage }) => {
  const server = await site({ publish: WORDPRESS_MEDIA });
  // Without the policy, so that axe can run; the next test holds the policy to the players.
  const page = await newPage({ bypassCSP: true });
  const asked = await watchProviders(page);
  await page.goto(await articleUrl(page, server, REPORT));
  assert.equal(await heading(page), REPORT);
  await live(page);
  await page.waitForLoadState('networkidle');
  const facades = page.locator('.article-body a.embed-play');
  assert.deepEqual(await facades.evaluateAll((links) => links.map((a) => a.textContent)), [
    'Lire la vidéo : Tanger Med, une nuit sur le quai',
    'Lire la vidéo : Le port, vu du ciel',
    'Lire la vidéo : Dailymotion',
  ]);
  assert.equal(await page.locator('iframe').count(), 0, 'no frame before a click');
  assert.deepEqual(asked, [], 'no request to a provider before the click');
  // The tweet is a quote: its words and its link, and never its script.
  await page.locator('.article-body blockquote', { hasText: 'Dix millions de conteneurs' }).waitFor();
  // The foreign map is a link, not a frame.
  await page.locator('.article-body a[href="https://cartes.example/escales-tanger"]', { hasText: 'La carte des escales' }).waitFor();
  // The newsroom's own video: its controls, its poster, loading only its metadata, never playing by itself.
  const video = page.locator('.article-body video');
  assert.deepEqual(await video.evaluate((v) => [v.controls, v.preload, v.autoplay, v.playsInline]), [true, 'metadata', false, true]);
  // The lazy-loaded picture shows the real one.
  assert.match(await page.locator('.article-body img[alt^="Le bureau de la capitainerie"]').getAttribute('src'), /bureau-capitainerie-1024x683\.jpg$/);
  await assertAccessible(page, 'an article with its embeds');

  // A click (here, by the keyboard) makes the player, from our own template, and moves focus into it.
  await facades.first().focus();
  await page.keyboard.press('Enter');
  const frame = page.locator('.article-body iframe.embed-frame');
  await frame.waitFor();
  assert.equal(await frame.getAttribute('src'), 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1');
  assert.equal(await frame.getAttribute('title'), 'Tanger Med, une nuit sur le quai');
  assert.equal(await frame.getAttribute('referrerpolicy'), 'strict-origin-when-cross-origin');
  assert.equal(await frame.getAttribute('sandbox'), 'allow-scripts allow-same-origin allow-presentation allow-popups');
  assert.match(await frame.getAttribute('allow'), /encrypted-media/);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME');
  await askedFor(asked, 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk');
  assert.ok(asked.length > 0, 'the player was requested');
  assert.deepEqual(asked.filter((url) => !url.startsWith('https://www.youtube-nocookie.com/embed/aBcDeFgHiJk')), [],
    'only the player the reader asked for');
  // The other facades wait for their own click.
  assert.equal(await page.locator('.article-body a.embed-play').count(), 2);
});

test('the policy lets the players\' frames in, and a frame from any other host never renders', async ({ site, newPage }) => {
  const server = await site({ publish: WORDPRESS_MEDIA });
  const page = await newPage();
  const asked = await watchProviders(page);
  await page.goto(await articleUrl(page, server, REPORT));
  await live(page);
  const violations = await page.evaluate(() => new Promise((resolve) => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    const frame = document.createElement('iframe');
    frame.src = 'https://cartes.example/escales-tanger';
    document.querySelector('.article-body').append(frame);
    setTimeout(() => resolve(seen), 1500);
  }));
  assert.deepEqual(violations, ['frame-src']);
  assert.deepEqual(asked, [], 'the foreign frame was never requested');
  await page.locator('.article-body a.embed-play', { hasText: 'Le port, vu du ciel' }).click();
  await page.locator('.article-body iframe.embed-frame').waitFor();
  await askedFor(asked, 'https://player.vimeo.com/');
  assert.deepEqual(asked, ['https://player.vimeo.com/video/76979871?dnt=1&autoplay=1'], 'Vimeo\'s player, told not to track');
});

test('a player the reader started before the app took the page over plays on: the same frame, asked for once', async ({ site, newPage }) => {
  const server = await site({ publish: WORDPRESS_MEDIA });
  const release = await holdConfig(server);
  const page = await newPage();
  const asked = await watchProviders(page);
  await page.goto(await articleUrl(page, server, REPORT));
  // The published page's own script makes the player, before the app runs.
  await page.locator('.article-body a.embed-play').first().click();
  await page.locator('.article-body iframe.embed-frame').waitFor();
  await askedFor(asked, 'https://www.youtube-nocookie.com/embed/');
  await page.evaluate(() => { window.startedPlayer = document.querySelector('iframe.embed-frame'); });
  release();
  await live(page);
  await page.waitForLoadState('networkidle');
  assert.ok(await page.evaluate(() => document.querySelector('.article-body iframe.embed-frame') === window.startedPlayer),
    'the app keeps the frame the reader started');
  assert.equal(await page.evaluate(() => document.activeElement === window.startedPlayer), true, 'the player keeps the focus');
  assert.deepEqual(asked, ['https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1'], 'the player was loaded once');
  // The other facades are the app's now, and still wait for their click.
  assert.equal(await page.locator('.article-body a.embed-play').count(), 2);
});

test('the podcast: its own players, its episode under the article, and every link without JavaScript', async ({ site, newPage }) => {
  const server = await site({ publish: WORDPRESS_MEDIA });
  const page = await newPage();
  await page.goto(await articleUrl(page, server, PODCAST));
  await live(page);
  const players = page.locator('main audio');
  assert.deepEqual(await players.evaluateAll((all) => all.map((a) => [a.controls, a.preload, a.src.split('/').pop()])), [
    [true, 'none', 'detroit-podcast-12-extrait.mp3'],
    [true, 'none', 'detroit-podcast-12.mp3'],
  ]);
  await page.locator('.article-body h2', { hasText: 'À écouter, à regarder' }).waitFor();
  await page.locator('.article-body figcaption', { hasText: '24 Mo Télécharger le fichier' }).waitFor();
  await page.locator('.article-body p', { hasText: 'Le son et la vidéo se lisent en ligne' }).waitFor();
  const facades = await page.locator('.embed-audio a.embed-play').evaluateAll((links) => links.map((a) => a.textContent));
  assert.deepEqual(facades, [
    'Écouter : Le Détroit en podcast, épisode 12 by Le Matin du Détroit',
    'Écouter : Spotify Embed: Le Détroit en podcast, épisode 12',
  ]);

  // Without JavaScript, each facade is a link to the provider's page, and the players are there.
  for (const [title, links] of [
    [REPORT, ['https://www.youtube.com/watch?v=aBcDeFgHiJk', 'https://vimeo.com/76979871', 'https://www.dailymotion.com/video/x8abc12', 'https://cartes.example/escales-tanger']],
    [PODCAST, ['https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk', 'https://journal.example.ma/wp-content/uploads/2026/11/detroit-podcast-12.mp3']],
  ]) {
    const url = await articleUrl(page, server, title);
    const still = await newPage({ javaScript: false });
    await still.goto(url);
    assert.equal(await heading(still), title);
    const hrefs = await still.locator('.article-body a').evaluateAll((all) => all.map((a) => a.href));
    for (const link of links) assert.ok(hrefs.includes(link), `${title}: ${link} in ${hrefs.join(' ')}`);
    assert.equal(await still.locator('iframe').count(), 0);
  }
  const still = await newPage({ javaScript: false });
  await watchProviders(still);
  await still.goto(await articleUrl(page, server, REPORT));
  await still.locator('.article-body a.embed-play').first().click();
  assert.equal(still.url(), 'https://www.youtube.com/watch?v=aBcDeFgHiJk', 'without JavaScript the facade is the link');
});
