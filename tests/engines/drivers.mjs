// The three engines, each behind its own WebDriver server on a free loopback port:
// Blink (Debian chromium + chromedriver), Gecko (firefox-esr + geckodriver from crates.io),
// WebKit (WebKitGTK's MiniBrowser + WebKitWebDriver, under Xvfb since it needs a display).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../e2e/free-port.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

async function waitForDriver(url, process, name) {
  for (let i = 0; i < 150; i += 1) {
    if (process.exitCode !== null) throw new Error(`${name} exited with ${process.exitCode}`);
    const ready = await fetch(`${url}/status`).then((r) => r.json()).then((s) => s.value?.ready !== false).catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not start at ${url}`);
}

export const ENGINES = {
  chromium: {
    label: 'Blink (Chromium)',
    command: (port) => ['/usr/bin/chromedriver', [`--port=${port}`]],
    capabilities: (profile) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          `--user-data-dir=${profile}`, '--lang=fr-FR'],
        prefs: { 'intl.accept_languages': 'fr-FR,fr' },
      },
    }),
  },
  firefox: {
    label: 'Gecko (Firefox ESR)',
    command: (port) => [join(homedir(), '.cargo/bin/geckodriver'), ['--port', String(port), '--host', '127.0.0.1']],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: { 'intl.accept_languages': 'fr-FR, fr', 'network.proxy.type': 0 },
      },
    }),
  },
  webkit: {
    label: 'WebKit (WebKitGTK MiniBrowser)',
    command: (port) => ['xvfb-run', ['-a', '/usr/bin/WebKitWebDriver', `--port=${port}`]],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }),
  },
};

/** Starts an engine's WebDriver server; returns its URL, capabilities and a stop function. */
export async function startDriver(name) {
  const engine = ENGINES[name];
  const port = await freePort();
  const [command, args] = engine.command(port);
  const profile = await mkdtemp(join(tmpdir(), `manchette-${name}-`));
  let output = '';
  // The browsers inherit the time zone: Lagos keeps UTC+1 all year, like Morocco.
  const env = { ...globalThis.process.env, TZ: 'Africa/Lagos', LANG: 'fr_FR.UTF-8' };
  const process = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
  process.stdout.on('data', (chunk) => { output += chunk; });
  process.stderr.on('data', (chunk) => { output += chunk; });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForDriver(url, process, name);
  } catch (error) {
    error.message += `\n${output.slice(-2000)}`;
    throw error;
  }
  return {
    url,
    capabilities: engine.capabilities(profile),
    output: () => output,
    stop: async () => {
      // The whole group: xvfb-run leaves an Xvfb and a browser behind otherwise.
      try { globalThis.process.kill(-process.pid, 'SIGTERM'); } catch { /* already gone */ }
      await rm(profile, { recursive: true, force: true });
    },
  };
}
