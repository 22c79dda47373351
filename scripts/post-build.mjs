// Trunk's post_build hook (Trunk.toml): finishes the staged build in TRUNK_STAGING_DIR.
//   *.wasm, *.js  the release build's wasm split into the app and its parts loaded on demand
//                 (scripts/split-wasm.mjs, with MANCHETTE_SPLIT_WASM from release-build.sh)
//   404.html      a copy of index.html: the empty page static hosts answer unknown addresses
//                 with, where the app draws itself, and the template of published pages
//   sw.js         the service worker, from scripts/service-worker.js and the real file list
//   CSP           a Content-Security-Policy meta tag in index.html and 404.html, with the
//                 sha256 of Trunk's inline loader, and the same policy in _headers
//   _headers      security and cache headers for hosts that read it (Netlify, Cloudflare Pages)
//   _redirects    the SPA fallback for those hosts (to 404.html, never to a published page)
// With MANCHETTE_PUBLISH=SITE_URL in its environment (`make serve` sets it), it then publishes
// the sample feed into the staged build, so that every rebuild serves published pages.
// The policy's connect-src and img-src come from the build's config.json; after changing the
// origins in a deployed config.json, run `node scripts/post-build.mjs DIST_DIR PUBLIC_URL`.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWasmPart, splitWasm } from './split-wasm.mjs';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? process.argv[3] ?? '/';
if (!staging) throw new Error('post-build: no staging folder (TRUNK_STAGING_DIR or an argument)');

const sha = (algorithm, data) => createHash(algorithm).update(data).digest('base64');

async function files(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await files(path));
    else found.push(relative(staging, path).split('\\').join('/'));
  }
  return found.sort();
}

if (process.env.MANCHETTE_SPLIT_WASM) await splitWasm(staging, process.env.MANCHETTE_SPLIT_WASM);

// `make serve COMMENTS=isso` points the served configuration at its local Isso.
if (process.env.MANCHETTE_ISSO_URL) {
  await writeFile(join(staging, 'config.json'),
    `${JSON.stringify({ comments: { backend: 'isso', url: process.env.MANCHETTE_ISSO_URL } })}\n`);
}

function origin(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

const config = JSON.parse(await readFile(join(staging, 'config.json'), 'utf8').catch(() => '{}'));
const feedOrigins = [origin(config.feed_url ?? ''), ...(config.allowed_feed_origins ?? []).map(origin)].filter(Boolean);
const commentOrigins = config.comments?.backend === 'isso' ? [origin(config.comments.url)].filter(Boolean) : [];
const unique = (list) => [...new Set(list)];

// Trunk's page. Run again on a published build (config.json changed), index.html is the front
// page, and 404.html holds Trunk's page: start from it, and leave the pages to `make publish`.
const builtIndex = await readFile(join(staging, 'index.html'), 'utf8');
const published = builtIndex.includes('name="manchette-published"');
let index = published ? await readFile(join(staging, '404.html'), 'utf8') : builtIndex;
// `make serve`: a development build reloads itself after each rebuild (scripts/dev-server.mjs).
if (process.env.MANCHETTE_DEV_RELOAD && !index.includes('dev-reload.js')) {
  await copyFile(new URL('./dev-reload.js', import.meta.url), join(staging, 'dev-reload.js'));
  index = index.replace('</head>', '    <script type="module" src="dev-reload.js"></script>\n  </head>');
}
// A published page reads without the app, which starts once the page has loaded and its first
// paint is on screen, so that the wasm never competes with the page's own pictures (the publishing step
// drops the wasm's preload) nor delays its first paint.
const WAIT_FOR_LOAD = `if (document.querySelector('meta[name="manchette-published"]')) {
  await new Promise((go) => (document.readyState === 'complete' ? go() : addEventListener('load', go, { once: true })));
  await new Promise((go) => {
    if (performance.getEntriesByName('first-contentful-paint').length > 0) return go();
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) { observer.disconnect(); go(); }
    }).observe({ type: 'paint' });
    setTimeout(go, 3000);
  });
  await new Promise((go) => setTimeout(go, 0));
}
`;
if (!index.includes(WAIT_FOR_LOAD)) {
  index = index.replace(/(<script type="module">\s*import init[^\n]*\n)/, `$1${WAIT_FOR_LOAD}`);
}
// The browser compiles the wasm in the tasks that hand it its bytes, and wasm-bindgen's loader
// starts the app in the last of them. Here the bytes go to the compiler a slice per task, and
// the app starts in a task of its own, so that neither is one long task. Rewrapped, the bytes
// compile whatever type the host labels them with, as wasm-bindgen's own fallback allows.
const COMPILED_APART = `const compiledApart = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(\`\${url}: \${response.status}\`);
  // A message, not a timer: the browser holds nested timers back 4 ms each.
  const nextTask = () => new Promise((go) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = go;
    channel.port2.postMessage(null);
  });
  const reader = response.body.getReader();
  const slices = new ReadableStream({
    async pull(compiler) {
      const { done, value } = await reader.read();
      if (done) return compiler.close();
      for (let at = 0; at < value.length; at += 32768) {
        compiler.enqueue(value.subarray(at, at + 32768));
        await nextTask();
      }
    },
  });
  const module = await WebAssembly.compileStreaming(new Response(slices, { headers: { 'content-type': 'application/wasm' } }));
  await nextTask();
  return module;
};
`;
if (!index.includes(COMPILED_APART)) {
  const loader = /(\n)(const wasm = await init\(\{ module_or_path: )('[^']+')( \}\);)/;
  if (!loader.test(index)) throw new Error("post-build: Trunk's loader no longer calls init({ module_or_path: '…' })");
  index = index.replace(loader, `$1${COMPILED_APART}$2await compiledApart($3)$4`);
}
// Stylesheets ship without their comments and the white space around their punctuation, which
// stay in style/ (no rule there puts those characters in a string): each is rewritten, and
// its link's integrity hash with it.
for (const file of (await readdir(staging)).filter((name) => name.endsWith('.css'))) {
  const css = await readFile(join(staging, file), 'utf8');
  const lean = css.replace(/\/\*[\s\S]*?\*\//g, '').split('\n')
    .map((line) => line.trim()).filter(Boolean).join('\n')
    .replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}');
  await writeFile(join(staging, file), `${lean}\n`);
  const integrity = `sha384-${sha('sha384', `${lean}\n`)}`;
  index = index.replace(new RegExp(`(<link [^>]*href="[^"]*${file}"[^>]*integrity=")[^"]*`), `$1${integrity}`);
}
// The page carries its head for browsers, not for reading: its comments, and those and the
// indentation of index.html's own small script, stay in the source. (Trunk's loader, which
// the lines above recognise on a second run, is left as it is.)
const headEnd = index.indexOf('</head>');
index = index.slice(0, headEnd)
  .replace(/<!--[\s\S]*?-->\s*/g, '')
  .replace(/<script>([\s\S]*?)<\/script>/, (tag, body) => `<script>${body.split('\n')
    .map((line) => line.trim()).filter((line) => line && !line.startsWith('//')).join('\n')}</script>`)
  + index.slice(headEnd);
const inlineScripts = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const PLAYER_HOSTS = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://www.dailymotion.com',
  'https://w.soundcloud.com',
  'https://open.spotify.com',
  'https://www.facebook.com',
];
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.map((s) => `'sha256-${sha('sha256', s)}'`).join(' ')}`,
  "style-src 'self'",
  `img-src ${unique(["'self'", ...feedOrigins]).join(' ')}`,
  `connect-src ${unique(["'self'", ...feedOrigins, ...commentOrigins]).join(' ')}`,
  // The players a facade starts on a click, and nothing else (src/sanitize/embed.rs's
  // PLAYER_HOSTS, which a native test compares with this list); a newsroom's sound and video
  // may be served from any https host.
  `frame-src ${PLAYER_HOSTS.join(' ')}`,
  "media-src 'self' https:",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
index = index.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
// The app reads config.json, then the feed, before it can draw: both start with the page.
index = index.replace(/<link rel="preload" [^>]*data-manchette[^>]*>\s*/g, '');
const preloads = ['config.json', config.feed_url ?? 'feed.json']
  .map((href) => `<link rel="preload" href="${href.replace(/"/g, '&quot;')}" as="fetch" crossorigin="anonymous" data-manchette />`);
index = index.replace('</head>', `    ${preloads.join('\n    ')}\n  </head>`);
index = index.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
if (!published) await writeFile(join(staging, 'index.html'), index);
await writeFile(join(staging, '404.html'), index);

// The service worker precaches the app shell: everything but the data, the images, itself,
// the published pages (index.html becomes the front page) and the search index publishing
// writes (pagefind/, changed by every run), which are read from the network,
// and the wasm parts fetched on demand, which it keeps once a reader has needed them. The
// sanitiser's part, and the small chunks of code parts share, are precached with the shell:
// the app needs them to show any article it draws, offline too, though a published page taken
// over keeps its body and does not.
const all = await files(staging);
const keptWithShell = (file) => /-(sanitiser|chunk-\d+)\.wasm$/.test(file);
const onDemand = all.filter((file) => isWasmPart(file) && !keptWithShell(file));
const shell = all.filter((file) =>
  !/^(sw\.js|_headers|_redirects|feed[\w-]*\.json|config\.json|robots\.txt|sitemap.*\.xml)$/.test(file) &&
  !file.startsWith('img/') && !file.startsWith('pagefind/') && (!file.endsWith('.html') || file === '404.html') &&
  (!isWasmPart(file) || keptWithShell(file)));
// The build id changes whenever any shell file does, so every deploy updates the worker.
const fingerprints = await Promise.all([...shell, ...onDemand].map(async (file) => `${file} ${sha('sha256', await readFile(join(staging, file)))}`));
const buildId = createHash('sha256').update(fingerprints.join('\n')).digest('base64url').slice(0, 16);
const worker = await readFile(new URL('./service-worker.js', import.meta.url), 'utf8');
await writeFile(join(staging, 'sw.js'),
  `// Generated at build time by scripts/post-build.mjs; the source is scripts/service-worker.js.\n` +
  `const BUILD_ID = ${JSON.stringify(buildId)};\nconst SHELL = ${JSON.stringify(shell)};\n` +
  `const ON_DEMAND = ${JSON.stringify(onDemand)};\n${worker}`);

const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
// Hosts add up the headers of every rule a path matches (Cloudflare joins two Cache-Control
// values into one), so no path may match both an immutable rule and a no-cache one: Trunk's
// hashed files are named one by one, not by `*.js`, which would also match sw.js and
// Pagefind's pagefind.js, whose names never change.
const immutable = [
  ...all.filter((file) => !file.includes('/') && /\.(js|css|wasm)$/.test(file) && file !== 'sw.js'),
  // Named by their bytes: the pictures' variants, and the search index's chunks.
  'img/v/*', 'pagefind/index/*', 'pagefind/fragment/*', 'pagefind/*.pf_meta',
];
const revalidated = [
  'sw.js', '', 'index.html', '404.html', 'config.json', 'feed.json',
  // Published pages change with every publishing run.
  'article/*', 'rubrique/*', 'tag/*', 'archives', 'archives/*', 'fil-info', 'recherche', 'sitemap*.xml',
  // Pagefind's own files keep their names from one run (and one Pagefind) to the next.
  'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.*',
];
await writeFile(join(staging, '_headers'), [
  `${base}*`,
  `  Content-Security-Policy: ${policy}; frame-ancestors 'self'`,
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: strict-origin-when-cross-origin',
  ...immutable.flatMap((path) => [`${base}${path}`, '  Cache-Control: public, max-age=31536000, immutable']),
  ...revalidated.flatMap((path) => [`${base}${path}`, '  Cache-Control: no-cache']),
  '',
].join('\n'));
await writeFile(join(staging, '_redirects'), `${base}*  ${base}404.html  200\n`);
console.log(`post-build: sw.js (build ${buildId}, ${shell.length} shell files, ${onDemand.length} on demand), CSP, 404.html, _headers, _redirects`);
if (published && !process.env.MANCHETTE_PUBLISH) {
  console.log('post-build: the published pages keep the policy they were written with: run `make publish` again');
}

// `make serve` publishes each rebuild, with the release build of the publishing step.
if (process.env.MANCHETTE_PUBLISH) {
  const publish = fileURLToPath(new URL('../target/tools/publish', import.meta.url));
  execFileSync(publish, ['--dist', staging, '--site-url', process.env.MANCHETTE_PUBLISH], { stdio: 'inherit' });
}
