// A feed written by an attacker: no script from it may ever run, whatever field it hides in.
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from './harness.mjs';
import { heading, live } from './checks.mjs';

const PAYLOADS = [
  '<script>window.__pwned = "script"; alert(1)</script>',
  '<img src=x onerror="window.__pwned = \'img\'; alert(1)">',
  '<svg onload="window.__pwned = \'svg\'"><script>alert(1)</script></svg>',
  '<a href="javascript:window.__pwned=\'link\';alert(1)">clic</a>',
  '<a href="&#106;avascript:alert(1)">clic</a>',
  '<iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>envoyer</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:alert(1)//">',
  '<details open ontoggle="alert(1)"><summary>x</summary></details>',
  '<p style="background:url(javascript:alert(1))">style</p>',
  '<video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)>',
];

/** What in the page could run a script from the feed. */
const activeContent = (page) => page.evaluate(() => ({
  marker: window.__pwned,
  // The app's own comment form and search form aside, nothing active may come from the feed.
  scripts: document.querySelectorAll('body :is(script, iframe, object, embed, svg, form):not(.comment-form, .search-box)').length,
  handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
  scriptUrls: [...document.querySelectorAll('[href], [src]')]
    .filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src'))).length,
  styles: document.querySelectorAll('main [style]').length,
}));
const INERT = { marker: undefined, scripts: 0, handlers: 0, scriptUrls: 0, styles: 0 };

function hostileFeed() {
  const items = PAYLOADS.map((html, i) => ({
    id: `h${i}`,
    title: `<img src=x onerror=alert(${i})> Titre ${i}`,
    summary: '<script>alert("summary")</script>',
    content_html: `<p>Paragraphe ${i}</p>${html}`,
    image: 'javascript:alert(1)',
    tags: ['<b onmouseover=alert(1)>Étiquette</b>'],
    authors: [{ name: '<script>alert("author")</script>', url: 'javascript:alert(1)' }],
    date_published: '2026-11-28T10:00:00+01:00',
    _manchette: { section: 'essais', lead: '<img src=x onerror=alert("lead")>', image_caption: '<script>alert(1)</script>' },
  }));
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: '<script>alert("title")</script>',
    _manchette: {
      site_name: '<img src=x onerror=alert("site")>',
      sections: [{ slug: 'essais', name: '<svg onload=alert(1)>' }],
      social: [{ network: 'Facebook', url: 'javascript:alert(1)' }],
    },
    items,
  });
}

test('no script from a hostile feed runs, on the front page or in any article', async ({ site, newPage }) => {
  const { url } = await site({ edit: (dir) => writeFile(join(dir, 'feed.json'), hostileFeed()) });
  const page = await newPage();
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await page.goto(url);
  await heading(page);
  for (let i = 0; i < PAYLOADS.length; i += 1) {
    await page.goto(`${url}article/h${i}`);
    await heading(page);
    await page.locator('.article-body p').first().waitFor();
    assert.deepEqual(await activeContent(page), INERT, PAYLOADS[i]);
  }
  // The hostile text shows as text.
  await page.goto(`${url}article/h0`);
  assert.equal(await heading(page), '<img src=x onerror=alert(0)> Titre 0');
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, [], 'no dialog opened');
});

test('published from a hostile feed, no page runs a script from it, with JavaScript on or off', async ({ site, newPage }) => {
  const { url, dir } = await site({ edit: (d) => writeFile(join(d, 'feed.json'), hostileFeed()), publish: true });
  const published = [];
  for (const id of (await readdir(join(dir, 'article'))).filter((name) => /^h\d+$/.test(name))) {
    for (const file of await readdir(join(dir, 'article', id))) published.push(`article/${id}/${file.replace(/\.html$/, '')}`);
  }
  assert.equal(published.length, PAYLOADS.length, 'every article has its page');
  for (const javaScript of [false, true]) {
    const page = await newPage({ javaScript });
    const dialogs = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
    for (const path of ['', 'rubrique/essais', 'fil-info', ...published]) {
      const response = await page.goto(url + path);
      assert.equal(response.status(), 200, path);
      await heading(page);
      if (javaScript) await live(page);
      assert.deepEqual(await activeContent(page), INERT, `${path} (JavaScript ${javaScript ? 'on' : 'off'})`);
    }
    assert.deepEqual(dialogs, [], 'no dialog opened');
  }
});
