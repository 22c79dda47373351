// A real Isso 0.14 comment server on loopback for the e2e tests: a free port, a fresh SQLite
// file in a temporary folder, CORS for the test site's origin. It can be stopped and started
// again on the same port and database, as a server restart would.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

const ISSO = new URL('../../.cache/isso/bin/isso', import.meta.url).pathname;

async function waitUntilUp(url, process) {
  for (let i = 0; i < 100; i += 1) {
    if (process.exitCode !== null) throw new Error(`isso exited with ${process.exitCode}`);
    const up = await fetch(`${url}count`, { method: 'POST', body: '[]', headers: { 'content-type': 'application/json' } })
      .then((r) => r.ok).catch(() => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`isso did not answer at ${url}`);
}

/**
 * Starts Isso allowing `origin` (the site under test). Returns its URL and controls.
 * @param {string} origin
 */
export async function startIsso(origin) {
  const dir = await mkdtemp(join(tmpdir(), 'manchette-isso-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = join(dir, 'isso.cfg');
  await writeFile(config, [
    '[general]', `dbpath = ${join(dir, 'comments.db')}`, `host = ${origin}/`, 'max-age = 15m', 'notify = stdout',
    // Every test browser is 127.0.0.1; a reader that sends X-Forwarded-For (a second
    // context in a test) counts as another person, so that liking works as for real readers.
    '[server]', `listen = ${url}`, 'trusted-proxies = 127.0.0.1',
    '[guard]', 'enabled = false',
    '[moderation]', 'enabled = false',
    '',
  ].join('\n'));
  let process = null;
  let output = '';
  const start = async () => {
    process = spawn(ISSO, ['-c', config, 'run'], { stdio: ['ignore', 'pipe', 'pipe'] });
    process.stdout.on('data', (chunk) => { output += chunk; });
    process.stderr.on('data', (chunk) => { output += chunk; });
    await waitUntilUp(url, process);
  };
  const stop = async () => {
    if (!process || process.exitCode !== null) return;
    const exited = new Promise((resolve) => process.once('exit', resolve));
    process.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    url,
    start,
    stop,
    /** The thread's comments, straight from the server. */
    thread: async (uri) => {
      const response = await fetch(`${url}?uri=${encodeURIComponent(uri)}`);
      if (response.status === 404) return [];
      const body = await response.json();
      const flat = [];
      const walk = (list) => list.forEach((c) => { flat.push(c); walk(c.replies ?? []); });
      walk(body.replies);
      return flat;
    },
    log: () => output,
    dispose: async () => { await stop(); await rm(dir, { recursive: true, force: true }); },
  };
}
