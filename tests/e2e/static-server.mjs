// A plain static file server, the way a CDN serves `dist/`: files as they are, the right
// media types, validators (ETag, Last-Modified) with 304s, and `404.html` for unknown paths.
// It can mount the site under a sub-path, and it keeps a log of the requests it answered.
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
 *   paths with 404.html and a 404 (GitHub Pages, the default) or with index.html and a 200
 *   (Netlify's `_redirects`); `compress` sends brotli or gzip to clients that accept it, as
 *   CDNs do.
 */
export async function serveStatic(root, { prefix = '/', fallback = '404', compress = false } = {}) {
  const compressed = new Map();
  const log = [];
  // Tests may take over a path: `routes.set('/feed.json', (request, response) => …)`.
  const routes = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const entry = { method: request.method, path: url.pathname, status: 0 };
    log.push(entry);
    const route = routes.get(url.pathname);
    if (route) {
      route(request, response, entry);
      return;
    }
    let file = await resolveFile(root, prefix, decodeURIComponent(url.pathname));
    if (!file && fallback === 'index') file = await resolveFile(root, prefix, `${prefix}index.html`);
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
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + prefix,
    log,
    routes,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

async function resolveFile(root, prefix, pathname) {
  if (!pathname.startsWith(prefix)) return null;
  const relative = normalize(pathname.slice(prefix.length) || '.');
  if (relative.startsWith('..') || relative.startsWith(sep)) return null;
  let path = join(root, relative);
  let stats = await stat(path).catch(() => null);
  if (stats?.isDirectory()) {
    path = join(path, 'index.html');
    stats = await stat(path).catch(() => null);
  }
  return stats?.isFile() ? { path, stats } : null;
}

async function readIfFile(path) {
  return readFile(path).catch(() => null);
}
