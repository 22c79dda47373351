// The byte budgets: the app shell (everything the first render needs but the feed), brotli
// -q 11, and the wasm parts fetched on demand must not grow past bench/budget.json. Bytes are deterministic, so this is a test;
// speed is measured by `make bench`, never asserted.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { shellBytes } from '../../bench/bytes.mjs';
import { DIST, test } from './harness.mjs';

test('the app shell stays within its brotli byte budget', async () => {
  const budget = JSON.parse(await readFile(new URL('../../bench/budget.json', import.meta.url), 'utf8'));
  const { shell, on_demand: onDemand } = await shellBytes(DIST);
  console.log(`       app shell: ${shell.brotli} bytes brotli (budget ${budget.app_shell_brotli_bytes})`);
  assert.ok(shell.brotli <= budget.app_shell_brotli_bytes,
    `the app shell is ${shell.brotli} bytes brotli, over its budget of ${budget.app_shell_brotli_bytes}`);
  // The release build splits the discussion off: without it the shell would hold it again.
  console.log(`       wasm parts on demand: ${onDemand.brotli} bytes brotli (budget ${budget.on_demand_brotli_bytes})`);
  assert.ok(onDemand.brotli > 0, 'the release build has no wasm part fetched on demand: was it split (scripts/split-wasm.mjs)?');
  assert.ok(onDemand.brotli <= budget.on_demand_brotli_bytes,
    `the wasm parts fetched on demand are ${onDemand.brotli} bytes brotli, over their budget of ${budget.on_demand_brotli_bytes}`);
});
