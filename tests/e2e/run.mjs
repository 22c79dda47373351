// Runs the end-to-end suite against the release build in dist/ (make it first: make build).
// Usage: node tests/e2e/run.mjs [file.test.mjs ...]   (default: every *.test.mjs here)
import { readdir, access } from 'node:fs/promises';
import { DIST, run } from './harness.mjs';

await access(new URL('index.html', `file://${DIST}`)).catch(() => {
  console.error('e2e: dist/index.html is missing; run `scripts/release-build.sh` (or `make build`) first.');
  process.exit(1);
});

const here = new URL('./', import.meta.url);
const files = process.argv.length > 2
  ? process.argv.slice(2).map((file) => new URL(file, `file://${process.cwd()}/`))
  : (await readdir(here)).filter((name) => name.endsWith('.test.mjs')).sort().map((name) => new URL(name, here));

for (const file of files) await import(file.href);
process.exit((await run()) > 0 ? 1 : 0);
