// The reader journeys every engine must pass. Each step has a name, so that a failure says
// which engine broke where.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const sample = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8'));
const cosumar = sample.items.find((i) => i.title.startsWith('Cosumar relève'));
const lead = sample.items.find((i) => i._manchette?.featured === 1);

const h1 = (session) => session.waitFor('main h1');
const h1Text = (session, text) => session.waitForText('main h1', { text });

/** The discussion starts when the reader comes near it: scroll down to it. */
const reachComments = async (s) => {
  await s.waitFor('.comments');
  await s.run('document.querySelector(".comments").scrollIntoView()');
};

/** Resolves once the app has taken the published page over (its mark, from the wasm). */
const takenOver = (s) => s.waitUntil('the app to take the page over',
  'return performance.getEntriesByName("manchette:interactive").length > 0');

/** [step name, async (session, site) => …] in order; the steps share one browser session. */
export const JOURNEY = [
  ['a published article, opened directly, reads before the app and is taken over', async (s, { url }) => {
    await s.goto(`${url}article/${cosumar.id}/cosumar-releve-ses-previsions-apres-une-campagne-sucriere-record`);
    assert.equal(await h1Text(s, cosumar.title), cosumar.title);
    // The app draws the page the host sent in the same place: its heading does not move.
    await s.run('window.__publishedTop = document.querySelector("main h1").getBoundingClientRect().top; window.__sameDocument = true;');
    await takenOver(s);
    assert.equal(await s.run('return document.querySelector("main h1").getBoundingClientRect().top === window.__publishedTop'), true);
    await reachComments(s);
    await s.waitFor('.comments > .comment-form textarea');
    await (await s.waitFor('.article-header .kicker a', { text: 'Économie' })).click();
    assert.equal(await h1Text(s, 'Économie'), 'Économie');
    assert.equal(await s.run('return window.__sameDocument === true'), true, 'the link routed inside the app');
  }],
  ['home', async (s, { url }) => {
    await s.goto(url);
    assert.equal(await h1Text(s, 'À la une'), 'À la une');
    // The app draws the published page anew: read it once the nodes are the app's.
    await takenOver(s);
    assert.equal(await (await s.waitFor('.card-lead .card-title')).content(), lead.title);
    await s.waitFor('.ticker li time');
  }],
  ['a section, by the navigation', async (s) => {
    await (await s.waitFor('#rubriques a', { text: 'Économie' })).click();
    assert.equal(await h1Text(s, 'Économie'), 'Économie');
    assert.match(await s.url(), /\/rubrique\/economie$/);
  }],
  ['an article, with its sanitised body and dates', async (s) => {
    await (await s.waitFor('.listing .card-title a', { text: cosumar.title })).click();
    assert.equal(await h1Text(s, cosumar.title), cosumar.title);
    await s.waitFor('.article-body h2');
    const byline = await (await s.waitFor('.byline')).text();
    // The browser runs in Africa/Lagos (UTC+1, like Morocco): times read as the feed wrote them.
    assert.match(byline, /Publié le samedi 28 novembre 2026 à 17:35/);
    assert.equal((await s.find('.article-body script, .article-body [onclick]')).length, 0);
  }],
  ['back', async (s) => {
    await s.back();
    assert.equal(await h1Text(s, 'Économie'), 'Économie');
  }],
  ['a deep link with a wrong slug, then a reload', async (s, { url }) => {
    await s.goto(`${url}article/${cosumar.id}/ancien-titre`);
    assert.equal(await h1Text(s, cosumar.title), cosumar.title);
    await s.waitUntil('the canonical URL', 'return location.pathname.endsWith("cosumar-releve-ses-previsions-apres-une-campagne-sucriere-record")');
    await s.refresh();
    assert.equal(await h1Text(s, cosumar.title), cosumar.title);
  }],
  ['the 404 view', async (s, { url }) => {
    await s.goto(`${url}nulle-part`);
    assert.equal(await h1Text(s, 'Page introuvable'), 'Page introuvable');
    await s.waitFor('.not-found a', { text: 'Retour à la une' });
  }],
  ['search without accents', async (s, { url }) => {
    await s.goto(url);
    await h1(s);
    await takenOver(s);
    await (await s.waitFor('#recherche-q')).type('seisme');
    await s.waitFor('.search-list h2 a', { text: 'Séisme' });
    // A slow driver pauses between keys, so the address may show "seis" first: the last
    // search follows once typing stops, and the box keeps every letter.
    await s.waitUntil('the address to follow the whole query', 'return location.search === "?q=seisme"');
    assert.equal(await s.run('return document.querySelector("#recherche-q").value'), 'seisme');
    // The archive's index (Pagefind's module, its worker and wasm) answers in every engine:
    // the sample's archive holds nothing past the feed's own results.
    await s.waitFor('.search-archive [role="status"]', { text: 'Rien de plus dans les archives.' });
  }],
  ['a comment on the local backend, still there after a reload', async (s, { url }) => {
    await s.goto(`${url}article/${cosumar.id}/x`);
    await h1(s);
    await reachComments(s);
    await s.waitUntil('the discussion to load', 'return !!document.querySelector(".comments-empty, .comments .comment")');
    const before = await (await s.waitFor('.comments > h2')).content();
    const count = Number(before.match(/\((\d+)\)/)[1]);
    await (await s.waitFor('.comments > .comment-form textarea')).type('Un avis écrit dans ce navigateur.');
    await (await s.waitFor('.comments > .comment-form button[type="submit"]')).click();
    await s.waitFor('.comments > h2', { text: `(${count + 1})` });
    await s.refresh();
    await h1(s);
    await reachComments(s);
    await s.waitFor('.comment.mine .comment-text', { text: 'Un avis écrit dans ce navigateur.' });
  }],
];

/** The same build under a sub-path: a deep link and a navigation. */
export const SUB_PATH_JOURNEY = [
  ['the sub-path build: a deep link, then home', async (s, { url }) => {
    await s.goto(`${url}article/${cosumar.id}/x`);
    assert.equal(await h1Text(s, cosumar.title), cosumar.title);
    await (await s.waitFor('#rubriques a', { text: 'Accueil' })).click();
    assert.equal(await h1Text(s, 'À la une'), 'À la une');
    assert.equal(new URL(await s.url()).pathname, '/sub/path/');
  }],
];

const arabic = JSON.parse(await readFile(new URL('../../public/feed-ar.json', import.meta.url), 'utf8'));
const vaccination = arabic.items.find((i) => i.id === 'ar-1003');

/** The Arabic paper (public/feed-ar.json, published): right to left on every engine. */
export const ARABIC_JOURNEY = [
  ['the Arabic home reads right to left, its masthead mirrored', async (s, { url }) => {
    await s.goto(url);
    assert.equal(await h1Text(s, 'أبرز الأخبار'), 'أبرز الأخبار');
    await takenOver(s);
    assert.deepEqual(await s.run('return [document.documentElement.lang, getComputedStyle(document.body).direction]'),
      ['ar-MA', 'rtl']);
    const mirrored = await s.run(`const date = document.querySelector('.edition-date').getBoundingClientRect();
      const brand = document.querySelector('.brand').getBoundingClientRect();
      return date.left >= brand.right;`);
    assert.equal(mirrored, true, 'the edition date, first in the masthead, stands right of the brand');
  }],
  ['an Arabic article, opened directly, with its Moroccan date', async (s, { url }) => {
    await s.goto(`${url}article/${vaccination.id}/x`);
    assert.equal(await h1Text(s, vaccination.title), vaccination.title);
    await takenOver(s);
    assert.match(await (await s.waitFor('.byline')).text(), /نونبر 2026 في \d\d:\d\d/);
    assert.equal(await s.run('return getComputedStyle(document.querySelector("main h1")).direction'), 'rtl');
  }],
];

/** A newsroom's own video and sound, and an embed's facade, in each engine. */
export const MEDIA_JOURNEY = [
  ['a video and sounds with their controls, an embed that waits for its click', async (s, { url }) => {
    await s.goto(url);
    await h1(s);
    await takenOver(s);
    await (await s.waitFor('main a', { text: 'Le Détroit en podcast' })).click();
    await h1Text(s, 'Le Détroit en podcast, épisode 12 : la pêche artisanale face aux quotas');
    await takenOver(s);
    // Each player is drawn with its controls, and fetches nothing before it is played.
    await s.waitFor('.article-body audio');
    assert.deepEqual(await s.run(`return [...document.querySelectorAll('.article-body audio')]
      .map((a) => [a.controls, a.preload, a.getBoundingClientRect().height > 0])`),
    [[true, 'none', true], [true, 'none', true]]);
    await s.goto(url);
    await h1(s);
    await takenOver(s);
    await (await s.waitFor('main a', { text: 'Tanger Med, une nuit sur le quai' })).click();
    await s.waitFor('.article-body video');
    await takenOver(s);
    assert.deepEqual(await s.run(`const v = document.querySelector('.article-body video');
      return [v.controls, v.preload, v.autoplay, v.getBoundingClientRect().height > 0]`), [true, 'metadata', false, true]);
    assert.equal(await s.run('return document.querySelectorAll(".article-body a.embed-play").length'), 3);
    assert.equal(await s.run('return document.querySelectorAll("iframe").length'), 0);
  }],
];

/** The views to photograph at each width. */
export const SCREENSHOTS = [
  ['home', ''],
  ['article', `article/${cosumar.id}/x`],
  ['briefs', 'fil-info'],
];
