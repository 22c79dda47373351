// `make serve`: the build in dist/ served as GitHub Pages, Netlify or Cloudflare Pages serve it
// (published pages at their addresses, 404.html for the rest), and every open page reloads
// when `trunk watch` lands a rebuild.   node scripts/dev-server.mjs [PORT]
import { watch } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.argv[2] ?? 8080);
const server = await serveStatic(`${project}dist`, { port, reloads: true });
let pending;
// Trunk replaces dist/ as a whole once a build is complete.
watch(project, (_event, name) => {
  if (name !== 'dist') return;
  clearTimeout(pending);
  pending = setTimeout(server.reload, 300);
});
console.log(`serve: ${server.url} (pages reload after each rebuild; Ctrl-C stops)`);
