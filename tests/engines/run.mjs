// The cross-engine suite: the reader journeys on Blink, Gecko and WebKit through one W3C
// WebDriver client, against the release build served statically (at / and /sub/path/).
// Usage: node tests/engines/run.mjs [chromium] [firefox] [webkit]   (default: all three)
import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveStatic } from '../../scripts/static-server.mjs';
import { startDriver, ENGINES } from './drivers.mjs';
import { ARABIC_JOURNEY, JOURNEY, MEDIA_JOURNEY, SCREENSHOTS, SUB_PATH_JOURNEY } from './journeys.mjs';
import { Session } from './webdriver.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const SHOTS = join(ROOT, 'test-results/screenshots/engines');
const engines = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(ENGINES);

// The published builds, as make test leaves them: the sample paper speaks French, whatever each
// browser's language, because its feed does.
async function serveCopy(dist, prefix) {
  const dir = await mkdtemp(join(tmpdir(), 'manchette-engines-'));
  await cp(dist, dir, { recursive: true });
  const server = await serveStatic(dir, { prefix });
  const archive = `${dir}-archive`;
  return {
    ...server, dir, archive: join(archive, 'archive.sqlite'),
    dispose: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
      await rm(archive, { recursive: true, force: true });
    },
  };
}

await mkdir(SHOTS, { recursive: true });
const root = await serveCopy(join(ROOT, 'dist'), '/');
const sub = await serveCopy(join(ROOT, 'target/dist-sub-path'), '/sub/path/');
// The Arabic paper: the build with the Arabic sample feed, published at its own address.
const arabic = await serveCopy(join(ROOT, 'dist'), '/');
await copyFile(join(ROOT, 'public/feed-ar.json'), join(arabic.dir, 'feed.json'));
await promisify(execFile)(join(ROOT, 'target/tools/publish'), ['--dist', arabic.dir, '--site-url', arabic.url, '--archive', arabic.archive]);
// A WordPress post with its video, sound and embeds, published from its RSS.
const media = await serveCopy(join(ROOT, 'dist'), '/');
await promisify(execFile)(join(ROOT, 'target/tools/publish'),
  ['--dist', media.dir, '--site-url', media.url, '--archive', media.archive, join(ROOT, 'tests/import_fixtures/wordpress-media.rss')]);
let passed = 0;
let failed = 0;

for (const name of engines) {
  const label = ENGINES[name].label;
  let driver;
  let session;
  const steps = [
    ...JOURNEY.map((s) => [...s, root]),
    ...SUB_PATH_JOURNEY.map((s) => [...s, sub]),
    ...ARABIC_JOURNEY.map((s) => [...s, arabic]),
    ...MEDIA_JOURNEY.map((s) => [...s, media]),
  ];
  try {
    driver = await startDriver(name);
    session = await Session.start(driver.url, driver.capabilities);
    await session.setWindow(1280, 900);
    for (const [step, run, site] of steps) {
      try {
        await run(session, site);
        passed += 1;
        console.log(`  ok   ${name}: ${step}`);
      } catch (error) {
        failed += 1;
        console.log(`  FAIL ${name}: ${step}\n       ${String(error.message ?? error).split('\n').join('\n       ')}`);
      }
    }
    for (const width of [375, 1280]) {
      await session.setWindow(width, 900);
      for (const [view, path] of SCREENSHOTS) {
        await session.goto(root.url + path);
        await session.waitFor('main h1');
        await new Promise((resolve) => setTimeout(resolve, 300));
        await writeFile(join(SHOTS, `${view}-${name}-${width}.png`), await session.screenshot());
      }
    }
  } catch (error) {
    failed += 1;
    console.log(`  FAIL ${name}: could not start ${label}\n       ${String(error.message ?? error).split('\n').join('\n       ')}`);
  } finally {
    await session?.quit().catch(() => {});
    await driver?.stop();
  }
}
await root.dispose();
await sub.dispose();
await arabic.dispose();
console.log(`engines (${engines.join(', ')}): ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
