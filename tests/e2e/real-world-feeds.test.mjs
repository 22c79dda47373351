// Feeds as CMSs really send them: a WordPress JSON Feed (no ids, RFC 2822 dates, character
// references in its titles) reads as a paper; a feed whose items are all unusable says why.
import assert from 'node:assert/strict';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './harness.mjs';
import { heading, live } from './checks.mjs';

const WORDPRESS = new URL('../fixtures/wordpress.json', import.meta.url).pathname;

test('a WordPress JSON Feed shows its posts, dated, with clean titles', async ({ site, newPage }) => {
  const server = await site({ edit: (dir) => copyFile(WORDPRESS, join(dir, 'feed.json')), publish: true });
  const page = await newPage();
  await page.goto(server.url);
  const lead = page.locator('.card-lead .card-title');
  assert.equal((await lead.textContent()).trim(), 'La saison des figues – ce que la récolte nous apprend',
    'the published front page decodes the title once');
  assert.equal((await page.locator('.brand').textContent()).trim(), 'Carnet – L’Atelier du Détroit');
  await live(page);
  await lead.locator('a').click();
  assert.equal(await heading(page), 'La saison des figues – ce que la récolte nous apprend');
  // The url, without its fragment and with its host in lowercase, is the article's id; an id
  // no file can hold is held in the address by its key.
  const keyed = /^\/article\/u[0-9a-f]{16}\/la-saison-des-figues/;
  assert.match(new URL(page.url()).pathname, keyed);
  const byline = await page.locator('.byline').innerText();
  assert.match(byline, /Salma & Youssef/);
  assert.match(byline, /Publié le vendredi 31 mai 2019 à 20:17/, 'the RFC 2822 date, in the reader’s zone (UTC+1)');
  assert.match(byline, /Mis à jour le samedi 1 juin 2019/);
  // A reload of that address is served by the app, and finds the same article by its id.
  await page.reload();
  assert.equal(await heading(page), 'La saison des figues – ce que la récolte nous apprend');
  await page.getByRole('link', { name: 'Jardin & verger' }).first().waitFor();
  // A link written with the whole id, as addresses were before keys, still opens the article,
  // and the address becomes the key's.
  await page.goto(`${server.url}article/${encodeURIComponent('https://carnet.example.ma/2019/05/31/la-saison-des-figues/')}/x`);
  await live(page);
  assert.equal(await heading(page), 'La saison des figues – ce que la récolte nous apprend');
  await page.waitForURL((url) => keyed.test(url.pathname));
});

test('a feed whose items are all unusable says why, with the count', async ({ site, newPage }) => {
  const items = [{ title: 'Sans id' }, { title: 'Adresse relative', url: '/billet' }, { title: 'Rien', id: '' }];
  const feed = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Sans espoir', items });
  const server = await site({ edit: (dir) => writeFile(join(dir, 'feed.json'), feed) });
  const page = await newPage();
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await page.goto(server.url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(),
    /Le flux contient 3 éléments, mais aucun n’a d’identifiant ni d’adresse : aucun ne peut être affiché\./);
  assert.ok(warnings.some((w) => w.includes('without an id or an http(s) url: 3')), warnings.join('\n'));
});
