// Manchette's service worker. scripts/post-build.mjs writes `sw.js` from this file at build
// time, after a header that defines BUILD_ID, SHELL and ON_DEMAND (the real hashed files of
// the build). Strategies:
//   the app shell (SHELL)          precached at install, then cache first; it holds the
//                                  empty page 404.html but no published page, and the
//                                  sanitiser's wasm part, which every article the app draws needs
//   wasm parts (ON_DEMAND)         cache first, kept with the shell once a reader needed one
//                                  (the discussion's code), never fetched for nobody
//   navigations (published pages)  network first, so a page is always the newest published;
//                                  each page read is kept, and offline the kept copy answers,
//                                  else the empty page, where the app draws from the saved feed
//   data (fetch(): config, feeds)  network first with a timeout, falling back to the cache;
//                                  a copy from the cache says when it was saved
//   images                         cache first, capped in count and bytes (saved articles'
//                                  images live in their own cache, never evicted)
/* global BUILD_ID, SHELL, ON_DEMAND */

const SHELL_CACHE = `manchette-shell-${BUILD_ID}`;
const DATA_CACHE = 'manchette-data-v1';
const IMAGE_CACHE = 'manchette-images-v1';
const SAVED_CACHE = 'manchette-saved-v1';
const PAGE_CACHE = 'manchette-pages-v1';
const KEEP = [SHELL_CACHE, DATA_CACHE, IMAGE_CACHE, SAVED_CACHE, PAGE_CACHE];
const PAGE_LIMIT = 100;
const DATA_TIMEOUT_MS = 4000;
const IMAGE_LIMIT = { count: 200, bytes: 30 * 1024 * 1024 };
const IMAGE_INDEX = '/__manchette/image-index';
const SAVED_AT = 'x-manchette-saved-at';

const scope = new URL(self.registration.scope);
const shellUrls = new Set(SHELL.map((path) => new URL(path, scope).href));
const onDemandUrls = new Set(ON_DEMAND.map((path) => new URL(path, scope).href));
const emptyPageUrl = new URL('404.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL_CACHE).then((cache) => cache.addAll([...shellUrls].map((url) => new Request(url, { cache: 'reload' })))),
  );
  // No skipWaiting here: the reader decides when the new version takes over.
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('manchette-') && !KEEP.includes(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const message = event.data ?? {};
  if (message.type === 'SKIP_WAITING') self.skipWaiting();
  if (message.type === 'SAVE_IMAGES') event.waitUntil(saveImages(message.urls ?? [], event.source));
  if (message.type === 'FORGET_IMAGES') event.waitUntil(forgetImages(message.urls ?? []));
  // The page's first visit ran before this worker: it names the data it read, to keep a copy.
  if (message.type === 'CACHE_DATA') event.waitUntil(cacheData(message.urls ?? []));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
  } else if (shellUrls.has(request.url) || onDemandUrls.has(request.url)) {
    event.respondWith(cacheFirst(request, SHELL_CACHE));
  } else if (request.destination === 'image') {
    event.respondWith(image(request));
  } else if (request.destination === '' && request.url.startsWith('http') && !request.url.includes('/pagefind/')) {
    event.respondWith(data(request));
  }
});

async function navigation(request) {
  const pages = await caches.open(PAGE_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await keepPage(pages, request, response.clone());
    return response;
  } catch {
    const kept = await pages.match(request, { ignoreSearch: true });
    if (kept) return kept;
    const shell = await caches.open(SHELL_CACHE);
    return (await shell.match(emptyPageUrl)) ?? Response.error();
  }
}

/** Keeps the last PAGE_LIMIT pages read, for reading them again offline. */
async function keepPage(pages, request, response) {
  const url = new URL(request.url);
  url.search = '';
  await pages.delete(url.href);
  await pages.put(url.href, response);
  const keys = await pages.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - PAGE_LIMIT))) await pages.delete(old);
}

async function cacheFirst(request, name) {
  const cache = await caches.open(name);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Keeps a copy of a data response, stamped with the time it was saved. */
async function keepData(cache, request, response) {
  if (!response.ok) return;
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  const body = await response.clone().arrayBuffer();
  await cache.put(request, new Response(body, { status: response.status, statusText: response.statusText, headers }));
}

async function cacheData(urls) {
  const cache = await caches.open(DATA_CACHE);
  for (const url of urls) {
    const request = new Request(url);
    const response = await fetch(request).catch(() => null);
    if (response) await keepData(cache, request, response);
  }
}

async function data(request) {
  const cache = await caches.open(DATA_CACHE);
  const network = fetch(request).then(async (response) => {
    await keepData(cache, request, response);
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, DATA_TIMEOUT_MS, null));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch {
    // Offline or refused: the cache answers below.
  }
  const cached = await cache.match(request);
  if (cached) return cached;
  return network;
}

async function image(request) {
  const saved = await (await caches.open(SAVED_CACHE)).match(request);
  if (saved) return saved;
  const cache = await caches.open(IMAGE_CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok || response.type === 'opaque') {
    const copy = response.clone();
    const size = response.type === 'opaque' ? 0 : (await copy.clone().arrayBuffer()).byteLength;
    await cache.put(request, copy);
    await recordImage(cache, request.url, size);
  }
  return response;
}

/** Keeps the image cache within IMAGE_LIMIT, dropping the oldest images first. */
async function recordImage(cache, url, size) {
  const index = await cache.match(IMAGE_INDEX).then((r) => (r ? r.json() : [])).catch(() => []);
  const entries = index.filter((entry) => entry.url !== url);
  entries.push({ url, size, at: Date.now() });
  let bytes = entries.reduce((sum, entry) => sum + entry.size, 0);
  while (entries.length > IMAGE_LIMIT.count || bytes > IMAGE_LIMIT.bytes) {
    const oldest = entries.shift();
    bytes -= oldest.size;
    await cache.delete(oldest.url);
  }
  await cache.put(IMAGE_INDEX, new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json' } }));
}

/**
 * Keeps a saved article's images. When Cache Storage is full, what it holds stays as it is,
 * and the page that asked is told which images were not kept (IMAGES_NOT_KEPT).
 */
async function saveImages(urls, page) {
  const notKept = [];
  const cache = await caches.open(SAVED_CACHE).catch(() => null);
  for (const url of urls) {
    const sameOrigin = new URL(url).origin === self.location.origin;
    const response = await fetch(url, { mode: sameOrigin ? 'same-origin' : 'no-cors' }).catch(() => null);
    if (!response || !(response.ok || response.type === 'opaque')) continue;
    const kept = cache && await cache.put(url, response).then(() => true, () => false);
    if (!kept) notKept.push(url);
  }
  if (notKept.length > 0) page?.postMessage({ type: 'IMAGES_NOT_KEPT', urls: notKept });
}

async function forgetImages(urls) {
  const cache = await caches.open(SAVED_CACHE);
  for (const url of urls) await cache.delete(url);
}
