// Storage under pressure: localStorage or Cache Storage full. The reader is told, and
// nothing already stored is dropped: not a saved article, not their comment's text.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from './harness.mjs';
import { heading, live } from './checks.mjs';

const sample = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8'));
const cosumar = sample.items.find((i) => i.title.startsWith('Cosumar relève'));
const raja = sample.items.find((i) => i.title.includes('le Raja s’impose'));

const saveButton = (page) => page.getByRole('button', { name: 'Enregistrer', exact: true });

/** Fills the origin's localStorage to the last byte, as another page of the site might. */
async function fillLocalStorage(page) {
  return page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 8) {
      try {
        localStorage.setItem(`autre-page-${i}`, chunk);
        i += 1;
      } catch {
        chunk = chunk.slice(chunk.length / 2);
      }
    }
    return i;
  });
}

async function savedTitles(page, url) {
  await page.goto(`${url}sauvegardes`);
  await heading(page);
  await page.locator('.card-list').waitFor();
  return page.locator('.card-list h2').allInnerTexts();
}

test('with localStorage full, saving says so, the saved article stays, and a comment keeps its text', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await page.goto(`${url}article/${raja.id}/x`);
  await heading(page);
  await saveButton(page).click();
  assert.equal(await saveButton(page).getAttribute('aria-pressed'), 'true');
  assert.ok(await fillLocalStorage(page) > 0);

  await page.goto(`${url}article/${cosumar.id}/x`);
  await heading(page);
  await saveButton(page).click();
  await page.locator('.save-note').getByText('Cet article n’a pas pu être enregistré : le stockage de votre navigateur est plein.').waitFor();
  assert.equal(await saveButton(page).getAttribute('aria-pressed'), 'false', 'not shown as saved');

  const form = page.locator('.comments > .comment-form');
  await live(page);
  await page.locator('.comments').scrollIntoViewIfNeeded();
  const text = 'Écrit alors que le stockage est plein.';
  await form.locator('textarea').fill(text);
  await form.getByRole('button', { name: 'Publier' }).click();
  await form.getByRole('alert').first().waitFor();
  assert.match(await form.innerText(), /n’a pas pu être enregistré/);
  assert.equal(await form.locator('textarea').inputValue(), text, 'the text stays in the form');

  assert.deepEqual(await savedTitles(page, url), [raja.title], 'the article saved before stays saved');
  await page.reload();
  await page.locator('.card-list').waitFor();
  assert.deepEqual(await page.locator('.card-list h2').allInnerTexts(), [raja.title]);
});

test('with Cache Storage full, a saved article keeps its text and says its pictures were not kept', async ({ site, newPage }) => {
  const { url, origin } = await site();
  const page = await newPage();
  await page.goto(url);
  await heading(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 15_000 });
  await page.goto(`${url}article/${raja.id}/x`);
  await heading(page);
  // Chromium's quota for the origin, cut below what the worker already keeps.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });

  await saveButton(page).click();
  assert.equal(await saveButton(page).getAttribute('aria-pressed'), 'true', 'the text is saved');
  await page.locator('.save-note').getByText('Le texte est enregistré, mais pas toutes ses images').waitFor();

  // What the worker kept before is still there: the paper and the saved text read offline.
  await page.context().setOffline(true);
  assert.deepEqual(await savedTitles(page, url), [raja.title]);
  await page.getByRole('link', { name: raja.title }).click();
  assert.equal(await heading(page), raja.title);
  await page.goto(url);
  await heading(page);
});

test('on Isso with localStorage full: the waiting comment stays, a new one stays in the form offline and is sent online', async ({ site, isso, newPage }) => {
  const web = await site();
  const server = await isso(web.origin);
  await web.configure({ comments: { backend: 'isso', url: server.url } });
  const page = await newPage();
  await page.goto(`${web.url}article/${cosumar.id}/x`);
  await heading(page);
  const form = page.locator('.comments > .comment-form');
  await page.locator('.comments').scrollIntoViewIfNeeded();
  await form.waitFor();
  await page.context().setOffline(true);
  const waiting = 'Écrit hors ligne, avant que le stockage soit plein.';
  await form.locator('textarea').fill(waiting);
  await form.getByRole('button', { name: 'Publier' }).click();
  await page.locator('.comment[data-delivery="pending"]').getByText(waiting).waitFor();
  await fillLocalStorage(page);

  const refused = 'Écrit hors ligne, le stockage plein.';
  await form.locator('textarea').fill(refused);
  await form.getByRole('button', { name: 'Publier' }).click();
  await form.getByText('Votre commentaire n’a pas pu être enregistré.').waitFor();
  assert.equal(await form.locator('textarea').inputValue(), refused, 'the text stays in the form');
  const outbox = await page.evaluate((uri) => JSON.parse(localStorage.getItem(`manchette:outbox.v1:${uri}`)).pending.map((p) => p.text), `/article/${cosumar.id}`);
  assert.deepEqual(outbox, [waiting], 'the waiting comment is still in the outbox');

  await page.context().setOffline(false);
  await page.locator('.comment[data-delivery="sent"]').getByText(waiting).waitFor();
  const stored = async () => (await server.thread(`/article/${cosumar.id}`)).map((c) => c.text.replace(/<[^>]+>/g, '').trim());
  assert.deepEqual(await stored(), [waiting]);

  // Online, with storage still full, the form's text goes straight to the server.
  await fillLocalStorage(page);
  await form.getByRole('button', { name: 'Publier' }).click();
  await page.locator('.comment[data-delivery="sent"]').getByText(refused).waitFor();
  assert.deepEqual(await stored(), [waiting, refused]);
});
