// The release build's wasm parts, run by scripts/post-build.mjs before anything reads the file
// list: scripts/release-build.sh sets MANCHETTE_SPLIT_WASM to cargo's wasm, linked with its
// relocations and built with `--cfg split_wasm`. The parts marked `wasm_split` (the discussion under an article) leave the
// app's wasm for wasms of their own, fetched the first time a reader needs them:
//   1. wasm-split-cli splits cargo's wasm: the main part, one wasm per part, and the loader
//      the main part imports (`__wasm_split.js`);
//   2. wasm-bindgen makes the main part's JS, as Trunk does, keeping the exports the parts use;
//   3. wasm-opt -Oz shrinks every wasm (Trunk's own wasm-opt is off: index.html);
//   4. every file is named after the build, so that hosts may cache them for good, and replaces
//      Trunk's wasm and JS in the staged build, with the integrity hashes index.html holds.
// Without MANCHETTE_SPLIT_WASM (development builds, `trunk build`), nothing is split.
//
//   splitWasm(STAGING_DIR, CARGO_WASM)
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** A wasm part fetched on demand, as opposed to the app's own wasm (`…_bg.wasm`). */
export const isWasmPart = (file) => file.endsWith('.wasm') && !file.endsWith('_bg.wasm');

// Quiet unless it fails: the error then carries the tool's own message.
const run = (command, args) => execFileSync(command, args, { stdio: 'pipe' });

export async function splitWasm(staging, artefact) {
  const work = await mkdtemp(join(tmpdir(), 'manchette-split-'));
  try {
    const staged = await readdir(staging);
    const trunkWasm = staged.find((file) => /^manchette-[0-9a-f]+_bg\.wasm$/.test(file));
    if (!trunkWasm) throw new Error(`split-wasm: no manchette-*_bg.wasm in ${staging}`);
    const trunkStem = trunkWasm.replace(/_bg\.wasm$/, '');

    run('wasm-split-cli', [artefact, join(work, 'split'), '--out-name', 'main']);
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript',
      '--out-dir', join(work, 'bindgen'), '--out-name', 'main', join(work, 'split', 'main.wasm')]);
    // A part of its own per split point, and chunks of code that several parts share.
    const parts = (await readdir(join(work, 'split')))
      .filter((file) => (file.startsWith('split_') || file.startsWith('chunk_')) && file.endsWith('.wasm'));
    const optimised = async (input) => {
      const output = join(work, `opt-${basename(input)}`);
      run('wasm-opt', ['-Oz', input, '-o', output]);
      return readFile(output);
    };
    const mainWasm = await optimised(join(work, 'bindgen', 'main_bg.wasm'));
    const partWasms = await Promise.all(parts.map((part) => optimised(join(work, 'split', part))));

    // One name for the whole build: the main part and its parts only ever go together.
    const build = createHash('sha256');
    for (const bytes of [mainWasm, ...partWasms]) build.update(bytes);
    const stem = `manchette-${build.digest('hex').slice(0, 16)}`;
    const loader = `${stem}-parts.js`;
    // `split_discussion_4615902058765594330.wasm` → `manchette-…-discussion.wasm`;
    // `chunk_3.wasm` → `manchette-…-chunk-3.wasm`.
    const partName = (part) => `${stem}-${part.startsWith('chunk_')
      ? part.replace(/\.wasm$/, '').replace('_', '-')
      : part.replace(/^split_/, '').replace(/(_\d+)?\.wasm$/, '')}.wasm`;

    // The wasm's imports keep the loader's first name; only the JS module is renamed (it is
    // imported once per part).
    const mainJs = (await readFile(join(work, 'bindgen', 'main.js'), 'utf8'))
      .replaceAll('from "./__wasm_split.js"', `from "./${loader}"`);
    let loaderJs = (await readFile(join(work, 'split', '__wasm_split.js'), 'utf8')).replaceAll('"./main.js"', `"./${stem}.js"`);
    for (const part of parts) loaderJs = loaderJs.replaceAll(`"./${part}"`, `"./${partName(part)}"`);

    await rm(join(staging, `${trunkStem}_bg.wasm`));
    await rm(join(staging, `${trunkStem}.js`));
    const written = { [`${stem}_bg.wasm`]: mainWasm, [`${stem}.js`]: mainJs, [loader]: loaderJs };
    parts.forEach((part, i) => { written[partName(part)] = partWasms[i]; });
    for (const [file, bytes] of Object.entries(written)) await writeFile(join(staging, file), bytes);

    // index.html names Trunk's files and pins them by hash (preloads): name and pin the new ones.
    const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    let index = await readFile(join(staging, 'index.html'), 'utf8');
    index = index.replace(/<link\b[^>]*>/g, (tag) => {
      const href = tag.match(/href="[^"]*?(manchette-[0-9a-f]+(?:_bg\.wasm|\.js))"/)?.[1];
      if (!href?.startsWith(trunkStem)) return tag;
      const file = href.replace(trunkStem, stem);
      return tag.replace(/integrity="[^"]*"/, `integrity="${sri(written[file])}"`);
    });
    index = index.replaceAll(trunkStem, stem);
    // The app's JS imports the loader: fetch it beside the JS, not after it.
    index = index.replace(/<link rel="modulepreload" href="([^"]*?)manchette-[0-9a-f]+\.js"[^>]*>/, (tag, base) =>
      `${tag}<link rel="modulepreload" href="${base}${loader}" crossorigin="anonymous" integrity="${sri(loaderJs)}">`);
    if (!index.includes(`${loader}"`)) throw new Error('split-wasm: no modulepreload of the app\'s JS in index.html');
    await writeFile(join(staging, 'index.html'), index);
    const sizes = Object.entries(written).filter(([file]) => file.endsWith('.wasm'))
      .map(([file, bytes]) => `${file} ${bytes.length.toLocaleString('en')} B`);
    console.log(`split-wasm: ${sizes.join(', ')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
