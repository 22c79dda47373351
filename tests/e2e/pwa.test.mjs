// The installable, offline paper: manifest and service worker, reading offline after one
// visit, saved articles, safe updates, the strict CSP, and all of it under a sub-path.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { test, SUB_PATH } from './harness.mjs';
import { heading, live } from './checks.mjs';

const sample = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8'));
const cosumar = sample.items.find((i) => i.title.startsWith('Cosumar relève'));
const raja = sample.items.find((i) => i.title.includes('le Raja s’impose'));

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 15_000 });
}

/** Records CSP violations from the first script on. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

test('the manifest is valid and the service worker controls the page', async ({ site, newPage }) => {
  const { url, origin } = await site();
  const page = await newPage();
  await page.goto(url);
  await heading(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await page.request.get(new URL(href, url).href);
  assert.equal(response.status(), 200);
  const manifest = await response.json();
  assert.equal(manifest.lang, 'fr');
  assert.equal(manifest.display, 'standalone');
  assert.equal(new URL(manifest.start_url, new URL(href, url)).href, `${origin}/`);
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.includes(wanted), wanted);
  for (const icon of manifest.icons) {
    assert.equal((await page.request.get(new URL(icon.src, new URL(href, url)).href)).status(), 200, icon.src);
  }
  await controlled(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.equal(scope, `${origin}/`);
});

test('after one visit, a reload with no network shows the front page and a visited article', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await page.goto(url);
  await heading(page);
  await controlled(page);
  await page.goto(`${url}article/${cosumar.id}/x`);
  assert.equal(await heading(page), cosumar.title);

  await page.context().setOffline(true);
  await page.reload();
  assert.equal(await heading(page), cosumar.title);
  await page.locator('.article-body h2').waitFor();
  await page.locator('.app-offline').getByText('Vous êtes hors ligne').waitFor();
  await page.goto(url);
  assert.equal(await heading(page), 'À la une');
  await page.locator('.app-offline').getByText('Copie du journal enregistrée le').waitFor();
});

test('the discussion’s code is fetched only once a reader comes near a discussion, then kept for offline', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await page.goto(url);
  await heading(page);
  await controlled(page);
  // Run in the page: how many discussion parts the worker keeps with the shell.
  const keptParts = async () => {
    const shell = (await caches.keys()).find((k) => k.startsWith('manchette-shell-'));
    const kept = await (await caches.open(shell)).keys();
    return kept.map((request) => request.url).filter((u) => u.endsWith('-discussion.wasm')).length;
  };
  assert.equal(await page.evaluate(keptParts), 0, 'the worker did not fetch the discussion’s code for nobody');

  await page.goto(`${url}article/${cosumar.id}/x`);
  await heading(page);
  await live(page);
  await page.locator('.comments').scrollIntoViewIfNeeded();
  await page.locator('.comments > .comment-form').waitFor();
  await page.waitForFunction(keptParts);

  await page.context().setOffline(true);
  await page.goto(`${url}article/${raja.id}/x`);
  assert.equal(await heading(page), raja.title);
  await live(page);
  await page.locator('.comments').scrollIntoViewIfNeeded();
  await page.locator('.comments > .comment-form textarea').fill('Écrit hors ligne');
  assert.equal(await page.locator('.comments .load-failure').count(), 0);
});

test('a saved article opens offline from the Saved view, with its picture', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await page.goto(url);
  await heading(page);
  await controlled(page);
  await page.goto(`${url}article/${raja.id}/x`);
  await heading(page);
  const save = page.getByRole('button', { name: 'Enregistrer', exact: true });
  await save.click();
  assert.equal(await save.getAttribute('aria-pressed'), 'true');
  // Let the worker store the picture.
  await page.waitForFunction(async () => (await (await caches.open('manchette-saved-v1')).keys()).length > 0);

  await page.context().setOffline(true);
  await page.goto(`${url}sauvegardes`);
  assert.equal(await heading(page), 'Sauvegardés');
  await page.getByRole('link', { name: raja.title }).click();
  assert.equal(await heading(page), raja.title);
  await page.locator('.hero img').waitFor();
  await page.waitForFunction(() => document.querySelector('.hero img')?.naturalWidth > 0);
});

test('a new build served in place prompts for the update, and accepting loads it without losing a draft', async ({ site, newPage }) => {
  const web = await site();
  const page = await newPage();
  await page.goto(`${web.url}article/${cosumar.id}/x`);
  await heading(page);
  await controlled(page);
  const before = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('manchette-shell-')));

  // The newsroom deploys a new build: a changed file, and the post-build step run again.
  const manifestPath = join(web.dir, 'manifest.webmanifest');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  await writeFile(manifestPath, JSON.stringify({ ...manifest, short_name: 'Le Matin 2' }));
  await promisify(execFile)('node', ['scripts/post-build.mjs', web.dir, '/']);

  // The discussion starts when the reader comes near it, once the app has drawn it (the
  // published comment area is replaced by the app's in a task of its own).
  const reachComments = async () => {
    await live(page);
    await page.locator('.comments').scrollIntoViewIfNeeded();
  };
  await reachComments();
  await page.locator('.comments > .comment-form textarea').fill('Un brouillon en cours');
  await page.reload();
  const banner = page.locator('.app-update');
  await banner.getByText('Nouvelle version disponible').waitFor();
  await reachComments();
  assert.equal(await page.locator('.comments > .comment-form textarea').inputValue(), 'Un brouillon en cours');
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('manchette-shell-')).length), 2,
    'the new version waits; nothing reloaded on its own');

  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Recharger' }).click()]);
  await heading(page);
  await page.waitForFunction((old) => caches.keys().then((keys) => {
    const shells = keys.filter((k) => k.startsWith('manchette-shell-'));
    return shells.length === 1 && shells[0] !== old;
  }), before);
  assert.equal(await page.locator('.app-update').count(), 0);
  await reachComments();
  assert.equal(await page.locator('.comments > .comment-form textarea').inputValue(), 'Un brouillon en cours');
});

test('no view reports a CSP violation, and the policy forbids inline script', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await watchCsp(page);
  for (const path of ['', 'rubrique/sport', `article/${cosumar.id}/x`, 'tag/bourse', 'fil-info', 'sauvegardes', 'nulle-part']) {
    await page.goto(url + path);
    await heading(page);
    await page.waitForLoadState('networkidle');
  }
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scripts = policy.split(';').find((d) => d.trim().startsWith('script-src'));
  assert.ok(!scripts.includes("'unsafe-inline'"), scripts);
  assert.match(scripts, /'sha256-[A-Za-z0-9+/=]+'/);
  assert.match(scripts, /'wasm-unsafe-eval'/);
  assert.match(policy, /object-src 'none'/);
  assert.match(policy, /base-uri 'self'/);
  // An injected inline script is refused.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return window.__injected === true;
  });
  assert.equal(ran, false);
});

test('under a sub-path the worker, the manifest and the offline reload all stay in it', async ({ site, newPage }) => {
  const { url, origin, log } = await site({ prefix: SUB_PATH });
  const page = await newPage();
  await page.goto(`${url}article/${cosumar.id}/x`);
  await heading(page);
  await controlled(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.equal(scope, `${origin}${SUB_PATH}`);
  const manifest = await (await page.request.get(`${url}manifest.webmanifest`)).json();
  assert.equal(new URL(manifest.scope, `${url}manifest.webmanifest`).pathname, SUB_PATH);
  await page.context().setOffline(true);
  await page.goto(url);
  assert.equal(await heading(page), 'À la une');
  await page.getByRole('link', { name: 'Sport' }).first().click();
  assert.equal(await heading(page), 'Sport');
  assert.deepEqual(log.filter((r) => !r.path.startsWith(SUB_PATH)), []);
});

test('an install button appears only when the browser offers to install, and asks it', async ({ site, newPage }) => {
  const { url } = await site();
  const page = await newPage();
  await page.goto(url);
  await heading(page);
  await live(page);
  const install = page.getByRole('button', { name: 'Installer l’application' });
  assert.equal(await install.count(), 0, 'no offer, no button');
  // What Chromium does when the app is installable: an event with a prompt() to call.
  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    offer.prompt = () => { window.__prompted = true; return Promise.resolve(); };
    window.dispatchEvent(offer);
  });
  await install.click();
  assert.equal(await page.evaluate(() => window.__prompted), true);
  assert.equal(await install.count(), 0, 'the offer is used once');
});
