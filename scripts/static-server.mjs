// A plain static file server, the way GitHub Pages, Netlify and Cloudflare Pages serve
// `dist/`: files as they are, the right media types, validators (ETag, Last-Modified) with
// 304s, an address without an extension answered by its `.html` file (200, no redirect), a
// folder with an index.html redirected to its trailing slash, and `404.html` for unknown
// paths. It can mount the site under a sub-path, and it keeps a log of the requests it answered.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const MEDIA_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1 at an ephemeral port.
 * @param {string} root the folder to serve
 * @param {{ prefix?: string, fallback?: '404' | 'index', compress?: boolean }} options
 *   `prefix` mounts the folder under a sub-path ("/sub/path/"); `fallback` answers unknown
 *   paths with 404.html and a 404 (GitHub Pages, the default) or with 404.html and a 200
 *   (the `_redirects` rule of Netlify and Cloudflare Pages); `compress` sends brotli or gzip
 *   to clients that accept it, as CDNs do; `port` is 0 for any free one; with `reloads`,
 *   `${prefix}__reload` streams an event each time `reload()` is called (make serve).
 */
export async function serveStatic(root, { prefix = '/', fallback = '404', compress = false, port = 0, reloads = false } = {}) {
  const compressed = new Map();
  const log = [];
  const listeners = new Set();
  // Tests may take over a path: `routes.set('/feed.json', (request, response) => …)`.
  const routes = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const entry = { method: request.method, path: url.pathname, status: 0 };
    log.push(entry);
    if (reloads && url.pathname === `${prefix}__reload`) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      response.write(': waiting for a rebuild\n\n');
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    const route = routes.get(url.pathname);
    if (route) {
      route(request, response, entry);
      return;
    }
    const pathname = decodeURIComponent(url.pathname);
    let file = await resolveFile(root, prefix, pathname);
    if (file?.redirect) {
      entry.status = 301;
      response.writeHead(301, { location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    if (!file && fallback === 'spa') file = await resolveFile(root, prefix, `${prefix}404.html`);
    if (!file) {
      const notFound = await readIfFile(join(root, '404.html'));
      entry.status = 404;
      response.writeHead(404, { 'content-type': MEDIA_TYPES['.html'] });
      response.end(notFound ?? 'Not found');
      return;
    }
    let body = await readFile(file.path);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const lastModified = file.stats.mtime.toUTCString();
    const headers = {
      'content-type': MEDIA_TYPES[extname(file.path)] ?? 'application/octet-stream',
      etag,
      'last-modified': lastModified,
      'cache-control': 'no-cache',
    };
    if (request.headers['if-none-match'] === etag ||
        (!request.headers['if-none-match'] && request.headers['if-modified-since'] === lastModified)) {
      entry.status = 304;
      response.writeHead(304, headers);
      response.end();
      return;
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = !compress ? null : accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
    if (encoding && body.length > 1024) {
      const key = `${file.path} ${etag} ${encoding}`;
      if (!compressed.has(key)) {
        // Like a CDN: the best brotli for assets, a quicker one for big data files.
        const quality = body.length > 2_000_000 ? 5 : 11;
        compressed.set(key, encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } })
          : gzipSync(body, { level: 9 }));
      }
      body = compressed.get(key);
      headers['content-encoding'] = encoding;
      headers.vary = 'Accept-Encoding';
    }
    entry.status = 200;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + prefix,
    log,
    routes,
    reload: () => { for (const listener of listeners) listener.write('event: reload\ndata: \n\n'); },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/** The file a host answers `pathname` with: the file itself, `name.html` for `name`, a
 * folder's `index.html` (after a redirect when the slash is missing), or null. */
async function resolveFile(root, prefix, pathname) {
  if (`${pathname}/` === prefix) return { redirect: true };
  if (!pathname.startsWith(prefix)) return null;
  const relative = normalize(pathname.slice(prefix.length) || '.');
  if (relative.startsWith('..') || relative.startsWith(sep)) return null;
  const path = join(root, relative);
  const stats = await stat(path).catch(() => null);
  if (stats?.isFile()) return { path, stats };
  if (stats?.isDirectory()) {
    const index = join(path, 'index.html');
    const indexStats = await stat(index).catch(() => null);
    if (indexStats?.isFile()) return pathname.endsWith('/') ? { path: index, stats: indexStats } : { redirect: true };
  }
  const page = `${path}.html`;
  const pageStats = await stat(page).catch(() => null);
  return pageStats?.isFile() ? { path: page, stats: pageStats } : null;
}

async function readIfFile(path) {
  return readFile(path).catch(() => null);
}
