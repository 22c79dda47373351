// The app shell's weight: what the app needs besides the feed and a page's own HTML (404.html,
// Trunk's empty page, the wasm, the js, the css, config.json), raw, gzip -9 and brotli -q 11. Shared by `make bench`
// and the size-budget test. The wasm parts fetched on demand (scripts/split-wasm.mjs: the
// discussion, when a reader comes near it) are counted apart, not in the shell.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isWasmPart } from '../scripts/split-wasm.mjs';

const KINDS = [
  ['wasm', (f) => f.endsWith('_bg.wasm')],
  ['js', (f) => f.endsWith('.js') && f !== 'sw.js'],
  ['css', (f) => f.endsWith('.css')],
  ['404.html', (f) => f === '404.html'],
  ['config.json', (f) => f === 'config.json'],
];

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** { wasm: {raw, gzip, brotli}, js: …, css: …, '404.html': …, 'config.json': …, shell: …, on_demand: … } */
export async function shellBytes(dist) {
  const files = (await readdir(dist)).filter((f) => !f.startsWith('.'));
  const result = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const [kind, matches] of KINDS) {
    const sum = { raw: 0, gzip: 0, brotli: 0 };
    for (const file of files.filter(matches)) {
      const size = sizes(await readFile(join(dist, file)));
      for (const key of Object.keys(sum)) sum[key] += size[key];
    }
    result[kind] = sum;
    for (const key of Object.keys(total)) total[key] += sum[key];
  }
  result.shell = total;
  result.on_demand = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files.filter(isWasmPart)) {
    const size = sizes(await readFile(join(dist, file)));
    for (const key of Object.keys(total)) result.on_demand[key] += size[key];
  }
  return result;
}
