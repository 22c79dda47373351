// Reader comments, end to end: on a real Isso server (its own, per test, stopped even when a
// test fails), and on the local backend. Nothing a reader writes may be lost or run.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from './harness.mjs';
import { heading, live } from './checks.mjs';

const sample = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8'));
const lead = sample.items.find((i) => i._manchette?.featured === 1);
const ARTICLE = `article/${lead.id}`;
const URI = `/article/${lead.id}`;

async function issoSite({ site, isso }) {
  const web = await site();
  const server = await isso(web.origin);
  await web.configure({ comments: { backend: 'isso', url: server.url } });
  return { web, server };
}

const topForm = (page) => page.locator('.comments > .comment-form');
const countHeading = (page) => page.locator('.comments > h2');

/** The discussion starts when the reader comes near it: go down to it, once the app has
 * drawn the page (the published one reads the same, but its nodes are then replaced). */
async function reachComments(page) {
  await heading(page);
  await live(page);
  await page.locator('.comments').scrollIntoViewIfNeeded();
  await topForm(page).waitFor();
}

async function openArticle(page, url) {
  await page.goto(url + ARTICLE);
  await reachComments(page);
}

async function post(page, text, name) {
  const form = topForm(page);
  await form.locator('textarea').fill(text);
  if (name !== undefined) await form.getByLabel('Votre nom').fill(name);
  await form.getByRole('button', { name: 'Publier' }).click();
}

const commentTexts = (page) => page.locator('.comment-text').allInnerTexts();
/** A comment's own buttons, not those of its replies. */
const actions = (comment) => comment.locator(':scope > article > .comment-actions');

test('on Isso: post, reply, like, count on the front page, edit, delete', async (fixtures) => {
  const { web, server } = await issoSite(fixtures);
  const page = await fixtures.newPage();
  await openArticle(page, web.url);
  await page.getByText('Commentaires (0)').waitFor();

  await post(page, 'Premier avis sur la réforme.', 'Samia');
  await page.locator('.comment[data-delivery="sent"]').first().waitFor();
  await page.getByText('Commentaires (1)').waitFor();
  assert.equal((await topForm(page).locator('textarea').inputValue()), '', 'the form empties once sent');
  let onServer = await server.thread(URI);
  assert.equal(onServer.length, 1);
  assert.equal(onServer[0].author, 'Samia');

  const first = page.locator('.comment').first();
  await actions(first).getByRole('button', { name: 'Répondre' }).click();
  await first.locator('.comment-form textarea').fill('Une réponse nuancée.');
  await first.locator('.comment-form').getByRole('button', { name: 'Publier' }).click();
  await page.locator('.comment-replies .comment[data-delivery="sent"] .comment-text').getByText('Une réponse nuancée.').waitFor();
  await page.getByText('Commentaires (2)').waitFor();
  onServer = await server.thread(URI);
  assert.equal(onServer.find((c) => c.text.includes('nuancée')).parent, onServer.find((c) => c.text.includes('Premier')).id);

  assert.equal(await actions(first).getByRole('button', { name: /J’aime/ }).count(), 0, 'no liking one’s own comment');
  // Another reader, who reaches Isso from another address (all test browsers are 127.0.0.1).
  const other = await fixtures.newPage();
  await other.route(`${server.url}**`, (route) => route.continue({
    headers: { ...route.request().headers(), 'x-forwarded-for': '10.20.30.40' },
  }));
  await openArticle(other, web.url);
  const seen = other.locator('.comment').first();
  await actions(seen).getByRole('button', { name: 'J’aime (0)' }).click();
  await actions(seen).getByRole('button', { name: 'J’aime (1)' }).waitFor();
  assert.equal((await server.thread(URI)).find((c) => c.text.includes('Premier')).likes, 1);

  await page.goto(web.url);
  await page.locator('.card-lead .card-comments').getByText('2 commentaires').waitFor();

  await openArticle(page, web.url);
  const mine = page.locator('.comment', { hasText: 'Premier avis' }).first();
  await actions(mine).getByRole('button', { name: 'Modifier' }).click();
  await mine.locator('.comment-edit textarea').fill('Premier avis, corrigé.');
  await mine.locator(':scope > article').getByRole('button', { name: 'Enregistrer' }).click();
  await page.locator('.comment-text').getByText('Premier avis, corrigé.').waitFor();
  assert.match((await server.thread(URI)).find((c) => c.id === onServer.find((x) => x.text.includes('Premier')).id).text, /corrigé/);

  const reply = page.locator('.comment-replies .comment').first();
  await actions(reply).getByRole('button', { name: 'Supprimer' }).click();
  await page.getByText('Commentaires (1)').waitFor();
  assert.equal((await server.thread(URI)).length, 1);
});

test('on Isso: two readers see each other’s comments and counts', async (fixtures) => {
  const { web } = await issoSite(fixtures);
  const alice = await fixtures.newPage();
  const bruno = await fixtures.newPage();
  await openArticle(alice, web.url);
  await post(alice, 'Alice était là.', 'Alice');
  await alice.locator('.comment[data-delivery="sent"]').waitFor();

  await openArticle(bruno, web.url);
  await bruno.locator('.comment-text').getByText('Alice était là.').waitFor();
  await post(bruno, 'Bruno aussi.', 'Bruno');
  await bruno.getByText('Commentaires (2)').waitFor();

  await alice.reload();
  await reachComments(alice);
  await alice.locator('.comment-text').getByText('Bruno aussi.').waitFor();
  await alice.getByText('Commentaires (2)').waitFor();
  assert.equal(await alice.locator('.comment.mine').count(), 1, 'only Alice’s own comment is marked hers');
  await bruno.goto(web.url);
  await bruno.locator('.card-lead .card-comments').getByText('2 commentaires').waitFor();
});

test('on Isso: a comment posted while the thread is still on its way stays when it arrives', async (fixtures) => {
  const { web, server } = await issoSite(fixtures);
  const page = await fixtures.newPage();
  // The thread (a GET naming the article) is read from the server at once, as it was before
  // the comment, and handed to the page only once the comment is sent.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const isThread = (request) => request.method() === 'GET' && request.url().startsWith(server.url) && new URL(request.url()).searchParams.has('uri');
  await page.context().route((url) => url.href.startsWith(server.url), async (route) => {
    if (!isThread(route.request())) return route.continue();
    const response = await route.fetch();
    await held;
    return route.fulfill({ response });
  });
  await openArticle(page, web.url);
  await post(page, 'Écrit avant que la discussion ne soit là.', 'Nadia');
  await page.locator('.comment[data-delivery="sent"]').waitFor();
  const arrived = page.context().waitForEvent('response', (response) => isThread(response.request()));
  release();
  await arrived;
  // The thread the server listed before the comment was in does not take it off the screen.
  await page.waitForTimeout(300);
  assert.deepEqual(await commentTexts(page), ['Écrit avant que la discussion ne soit là.']);
  await page.getByText('Commentaires (1)').waitFor();
});

test('on Isso: a comment written offline waits, then is delivered exactly once', async (fixtures) => {
  const { web, server } = await issoSite(fixtures);
  const page = await fixtures.newPage();
  await openArticle(page, web.url);
  await page.context().setOffline(true);
  await post(page, 'Écrit dans le train, sans réseau.');
  await page.locator('.comment[data-delivery="pending"]').waitFor();
  await page.getByText('en attente').waitFor();
  await topForm(page).getByText('votre commentaire est gardé sur cet appareil').waitFor();
  assert.equal((await server.thread(URI)).length, 0);

  await page.context().setOffline(false);
  await page.locator('.comment[data-delivery="sent"]').waitFor();
  await page.waitForTimeout(1500);
  assert.equal((await server.thread(URI)).length, 1, 'delivered once');
  await page.reload();
  await reachComments(page);
  await countHeading(page).getByText('Commentaires (1)').waitFor();
  assert.deepEqual(await commentTexts(page), ['Écrit dans le train, sans réseau.']);
});

/**
 * Two tabs of one article go offline; a comment is written in the first. Each tab shows it
 * waiting, the network comes back, both tabs try to send it; the server must store it once
 * and both tabs show it once. `refusals` answers the first POSTs with a 500; `webLocks: false`
 * takes the Web Locks API away, so the tabs fall back to a lease in localStorage.
 */
async function twoTabsOffline(fixtures, { refusals = 0, webLocks = true } = {}) {
  const { web, server } = await issoSite(fixtures);
  const first = await fixtures.newPage();
  if (!webLocks) await first.context().addInitScript(() => { delete Navigator.prototype.locks; });
  const second = await fixtures.newTab(first);
  let posts = 0;
  await first.context().route((url) => url.href.startsWith(`${server.url}new`), async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    posts += 1;
    if (posts > refusals) return route.continue();
    return route.fulfill({
      status: 500,
      headers: { 'access-control-allow-origin': web.origin, 'access-control-allow-credentials': 'true' },
      body: 'Internal Server Error',
    });
  });
  await openArticle(first, web.url);
  await openArticle(second, web.url);
  assert.equal(await first.evaluate(() => 'locks' in navigator), webLocks);

  const text = 'Écrit hors ligne, avec deux onglets ouverts.';
  await first.context().setOffline(true);
  await post(first, text);
  for (const page of [first, second]) await page.locator('.comment[data-delivery="pending"]').getByText(text).waitFor();
  await first.context().setOffline(false);
  // The tabs try when the network is back; while the server refuses, the reader asks
  // again, once no attempt is on its way (no tab holds the lock).
  const retry = second.locator('.comment').getByRole('button', { name: 'Réessayer' });
  for (let i = 0; i < 20 && refusals > 0 && posts <= refusals; i += 1) {
    await second.waitForFunction(async () => (await navigator.locks.query()).held.length === 0);
    if (posts <= refusals && await retry.isVisible()) await retry.click();
    await second.waitForTimeout(300);
  }
  for (const page of [first, second]) await page.locator('.comment[data-delivery="sent"]').getByText(text).waitFor();
  await first.waitForTimeout(1500);
  assert.equal((await server.thread(URI)).length, 1, 'the server stored it once');
  assert.equal(posts, refusals + 1, 'sent once after the refusals');
  for (const page of [first, second]) {
    assert.deepEqual(await commentTexts(page), [text], 'shown once in each tab');
    await countHeading(page).getByText('Commentaires (1)').waitFor();
  }
}

test('on Isso: two tabs offline, a comment is delivered once and shown once in each', (fixtures) => twoTabsOffline(fixtures));
test('on Isso: two tabs, a server that fails twice, then accepts: stored once', (fixtures) => twoTabsOffline(fixtures, { refusals: 2 }));
test('on Isso: two tabs without Web Locks share a lease: delivered once', (fixtures) => twoTabsOffline(fixtures, { webLocks: false }));

test('on Isso: a server stopped mid-post keeps the comment, across a reload, until it is back', async (fixtures) => {
  const { web, server } = await issoSite(fixtures);
  const page = await fixtures.newPage();
  await openArticle(page, web.url);
  await server.stop();
  await post(page, 'Le serveur est tombé juste avant.');
  await page.locator('.comment[data-delivery="pending"]').waitFor();

  await page.reload();
  await reachComments(page);
  await page.locator('.comment[data-delivery="pending"] .comment-text').getByText('Le serveur est tombé juste avant.').waitFor();

  await server.start();
  await page.locator('.comment[data-delivery="pending"]').getByRole('button', { name: 'Réessayer' }).click();
  await page.locator('.comment[data-delivery="sent"]').waitFor();
  assert.equal((await server.thread(URI)).length, 1);
});

test('on Isso: hostile comments run no script, and names cannot spoof', async (fixtures) => {
  const { web } = await issoSite(fixtures);
  const page = await fixtures.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await openArticle(page, web.url);
  const hostile = [
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '<script>window.__pwned=1</script>',
    '[clic](javascript:window.__pwned=1)',
    '<a href="javascript:alert(1)">lien</a> <svg onload=alert(1)>',
  ];
  for (const text of hostile) {
    await post(page, text, '\u202Enimda');
    await page.locator('.comment[data-delivery="sent"]').nth(hostile.indexOf(text)).waitFor();
  }
  await page.reload();
  await reachComments(page);
  await page.getByText(`Commentaires (${hostile.length})`).waitFor();
  const findings = await page.evaluate(() => ({
    marker: window.__pwned,
    handlers: [...document.querySelectorAll('.comments *')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    scriptUrls: [...document.querySelectorAll('.comments [href]')].filter((e) => /^\s*javascript:/i.test(e.getAttribute('href'))).length,
    active: document.querySelectorAll('.comments script, .comments svg, .comments img').length,
    names: [...document.querySelectorAll('.comment-author bdi')].map((b) => b.textContent),
  }));
  assert.deepEqual(findings.names, Array(hostile.length).fill('nimda'), 'the override is gone');
  delete findings.names;
  assert.deepEqual(findings, { marker: undefined, handlers: 0, scriptUrls: 0, active: 0 });
  assert.deepEqual(dialogs, []);
});

test('a draft survives a reload mid-sentence', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await openArticle(page, url);
  await topForm(page).locator('textarea').fill('Je voulais dire que');
  await page.reload();
  await reachComments(page);
  await countHeading(page).waitFor();
  assert.equal(await topForm(page).locator('textarea').inputValue(), 'Je voulais dire que');
});

test('on the local backend: the seeded discussion, a reply that survives a reload, the count on the card', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await page.goto(url);
  const seeded = lead._manchette.comments.length;
  await page.locator('.card-lead .card-comments').getByText(`${seeded} commentaires`).waitFor();
  await openArticle(page, url);
  await page.getByText(`Commentaires (${seeded})`).waitFor();
  await page.getByRole('button', { name: 'Les plus anciens' }).click();
  const firstAuthor = await page.locator('.comment-author').first().innerText();
  assert.equal(firstAuthor, lead._manchette.comments[0].author);

  const first = page.locator('.comment').first();
  await actions(first).getByRole('button', { name: 'Répondre' }).click();
  await first.locator('.comment-form textarea').fill('Je réponds depuis mon navigateur.');
  await first.locator('.comment-form').getByLabel('Votre nom').fill('Omar');
  await first.locator('.comment-form').getByRole('button', { name: 'Publier' }).click();
  await page.getByText(`Commentaires (${seeded + 1})`).waitFor();
  await page.reload();
  await reachComments(page);
  await page.getByText(`Commentaires (${seeded + 1})`).waitFor();
  await page.locator('.comment.mine .comment-text').getByText('Je réponds depuis mon navigateur.').waitFor();
  assert.equal(await topForm(page).getByLabel('Votre nom').inputValue(), 'Omar', 'the name is remembered');

  await actions(page.locator('.comment.mine')).getByRole('button', { name: 'Supprimer' }).click();
  await page.getByText(`Commentaires (${seeded})`).waitFor();
});

test('on the local backend, a deleted comment with a reply stays as a placeholder until the reply goes', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await openArticle(page, url);
  const seeded = lead._manchette.comments.length;
  await post(page, 'Un avis que je vais retirer.', 'Omar');
  const mine = page.locator('.comment.mine').filter({ hasText: 'Un avis que je vais retirer.' });
  await actions(mine).getByRole('button', { name: 'Répondre' }).click();
  await mine.locator('.comment-form textarea').fill('Et une précision en réponse.');
  await mine.locator('.comment-form').getByRole('button', { name: 'Publier' }).click();
  await page.getByText(`Commentaires (${seeded + 2})`).waitFor();

  await actions(mine).getByRole('button', { name: 'Supprimer' }).click();
  await page.getByText(`Commentaires (${seeded + 1})`).waitFor();
  await page.reload();
  await reachComments(page);
  await page.getByText(`Commentaires (${seeded + 1})`).waitFor();
  const placeholder = page.locator('.comment').filter({ has: page.locator(':scope > article .comment-deleted') });
  assert.equal(await placeholder.count(), 1);
  assert.deepEqual(await placeholder.locator('.comment-replies .comment-text').allInnerTexts(), ['Et une précision en réponse.'],
    'the reply keeps its place under the placeholder');
  assert.equal(await actions(placeholder).getByRole('button', { name: 'Supprimer' }).count(), 0, 'nothing left to delete');

  await actions(placeholder.locator('.comment.mine')).getByRole('button', { name: 'Supprimer' }).click();
  await page.getByText(`Commentaires (${seeded})`).waitFor();
  await placeholder.waitFor({ state: 'detached' });
  await page.reload();
  await reachComments(page);
  await page.getByText(`Commentaires (${seeded})`).waitFor();
  assert.equal(await page.locator('.comment-deleted').count(), 0);
});

test('a discussion whose code cannot be fetched says so, and loads on retry', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  // The release build fetches the discussion's wasm part when the reader comes near it.
  const part = '**/manchette-*-discussion.wasm';
  await page.context().route(part, (route) => route.abort('internetdisconnected'));
  await page.goto(url + ARTICLE);
  await heading(page);
  await live(page);
  await page.locator('.comments').scrollIntoViewIfNeeded();
  const failure = page.locator('.comments .load-failure');
  await failure.getByText('Les commentaires n’ont pas pu être chargés.').waitFor();
  assert.equal(await topForm(page).count(), 0, 'no form without its code');

  await page.context().unroute(part);
  await failure.getByRole('button', { name: 'Réessayer' }).click();
  await topForm(page).waitFor();
  await page.getByText(`Commentaires (${lead._manchette.comments.length})`).waitFor();
  assert.equal(await failure.count(), 0, 'the failure is gone once the discussion is in');
});
