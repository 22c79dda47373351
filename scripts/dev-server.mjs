// `make serve`: the build in dist/ served as GitHub Pages, Netlify or Cloudflare Pages serve it
// (published pages at their addresses, 404.html for the rest), and every open page reloads
// when `trunk watch` lands a rebuild.   node scripts/dev-server.mjs [PORT]
import { watchFile } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.argv[2] ?? 8080);
const server = await serveStatic(`${project}dist`, { port, reloads: true });
// Trunk writes a finished build into dist/ file by file, 404.html (written by the post-build
// hook) among them, whether it replaces the folder or only its files: the pages reload once
// that file has changed and the copying has settled.
let pending;
watchFile(`${project}dist/404.html`, { interval: 250 }, () => {
  clearTimeout(pending);
  pending = setTimeout(server.reload, 500);
});
console.log(`serve: ${server.url} (pages reload after each rebuild; Ctrl-C stops)`);
