// Where the wasm's bytes go: the size of every function's code, from a build that keeps the
// function names (the shipped one drops them), summed by crate and by module of ours, and the
// size of the data (strings, catalogues, tables), which has no names.
//   node bench/wasm-parts.mjs FILE.wasm [N]   prints the table and the N largest functions;
// `make bench` uses `wasmParts`.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at];
    at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function readName(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

/** Every defined function's code size, with its (demangled) name where the build kept it, and
 * the size of the data section. */
function functions(bytes) {
  let at = 8;
  let data = 0;
  let imported = 0;
  const sizes = [];
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at];
    const [length, start] = leb(bytes, at + 1);
    const end = start + length;
    if (id === 2) {
      let [count, p] = leb(bytes, start);
      for (; count > 0; count -= 1) {
        [, p] = readName(bytes, p);
        [, p] = readName(bytes, p);
        const kind = bytes[p];
        p += 1;
        if (kind === 0) { imported += 1; [, p] = leb(bytes, p); }
        else if (kind === 1) { p += 1; const flags = bytes[p]; p += 1; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
        else if (kind === 2) { const flags = bytes[p]; p += 1; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
        else if (kind === 3) p += 2;
        else if (kind === 4) { p += 1; [, p] = leb(bytes, p); }
      }
    } else if (id === 10) {
      let [count, p] = leb(bytes, start);
      for (; count > 0; count -= 1) {
        const [size, body] = leb(bytes, p);
        sizes.push(size + (body - p));
        p = body + size;
      }
    } else if (id === 11) {
      data = length;
    } else if (id === 0) {
      const [section, p0] = readName(bytes, start);
      if (section === 'name') {
        let p = p0;
        while (p < end) {
          const kind = bytes[p];
          const [subLength, subStart] = leb(bytes, p + 1);
          if (kind === 1) {
            let [count, q] = leb(bytes, subStart);
            for (; count > 0; count -= 1) {
              let index;
              let name;
              [index, q] = leb(bytes, q);
              [name, q] = readName(bytes, q);
              names.set(index, name);
            }
          }
          p = subStart + subLength;
        }
      }
    }
    at = end;
  }
  return { data, all: sizes.map((size, i) => ({ size, name: names.get(imported + i) ?? `(function ${imported + i})` })) };
}

/** The crate a symbol belongs to: its first path (`core[5c59…]::fmt` → core), the trait's
 * for an impl of one (`<T as tachys::view::…>::hydrate` → tachys). */
function crateOf(name) {
  const plain = name.replace(/\[[0-9a-f]+\]/g, '');
  const implemented = plain.startsWith('<') && plain.includes(' as ') ? plain.slice(plain.indexOf(' as ') + 4) : plain;
  const path = implemented.replace(/^[<&*\s]+/, '').replace(/^(dyn |impl |mut )/, '');
  const match = path.match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
  if (!match) return name.startsWith('(function') ? '(unnamed)' : '(other)';
  return match[1] === '_' ? '(other)' : match[1];
}

// Our folders of modules (src/components/, src/feed/, …): their modules are counted one by one.
const FOLDERS = new Set(readdirSync(new URL('../src/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory()).map((entry) => entry.name));

/** `manchette::components::article_card::…` → `components::article_card`; `manchette::app::…`
 * → `app`. */
function moduleOf(name) {
  const match = name.replace(/\[[0-9a-f]+\]/g, '').replace(/^[<&*\s]+/, '').match(/^manchette::([a-z_][a-z0-9_]*)(?:::([a-z_][a-z0-9_]*))?/);
  if (!match) return null;
  const [, first, second] = match;
  return FOLDERS.has(first) && second && second !== '_' && !second.startsWith('__') ? `${first}::${second}` : first;
}

/** { functions, code, data, crates: [[name, bytes]…], modules: [[name, bytes]…], largest }, biggest first. */
export async function wasmParts(file) {
  const { data, all } = functions(new Uint8Array(await readFile(file)));
  const crates = new Map();
  const modules = new Map();
  for (const { size, name } of all) {
    crates.set(crateOf(name), (crates.get(crateOf(name)) ?? 0) + size);
    const module = moduleOf(name);
    if (module) modules.set(module, (modules.get(module) ?? 0) + size);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { largest: [...all].sort((a, b) => b.size - a.size), functions: all.length, code: all.reduce((sum, f) => sum + f.size, 0), data, crates: sorted(crates), modules: sorted(modules) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const parts = await wasmParts(process.argv[2]);
  console.log(`${parts.functions} functions, ${parts.code} bytes of code, ${parts.data} bytes of data`);
  for (const [name, bytes] of parts.crates.slice(0, 20)) console.log(`  ${String(bytes).padStart(8)}  ${name}`);
  console.log('ours:');
  for (const [name, bytes] of parts.modules.slice(0, 25)) console.log(`  ${String(bytes).padStart(8)}  ${name}`);
  const count = Number(process.argv[3] ?? 0);
  if (count) console.log('largest functions:');
  for (const { size, name } of parts.largest.slice(0, count)) console.log(`  ${String(size).padStart(8)}  ${name.replace(/\[[0-9a-f]+\]/g, '').slice(0, 150)}`);
}
