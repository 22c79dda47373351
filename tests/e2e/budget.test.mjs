// The byte budget: the app shell (everything the first render needs but the feed), brotli
// -q 11, must not grow past bench/budget.json. Bytes are deterministic, so this is a test;
// speed is measured by `make bench`, never asserted.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { shellBytes } from '../../bench/bytes.mjs';
import { DIST, test } from './harness.mjs';

test('the app shell stays within its brotli byte budget', async () => {
  const budget = JSON.parse(await readFile(new URL('../../bench/budget.json', import.meta.url), 'utf8'));
  const { shell } = await shellBytes(DIST);
  console.log(`       app shell: ${shell.brotli} bytes brotli (budget ${budget.app_shell_brotli_bytes})`);
  assert.ok(shell.brotli <= budget.app_shell_brotli_bytes,
    `the app shell is ${shell.brotli} bytes brotli, over its budget of ${budget.app_shell_brotli_bytes}`);
});
