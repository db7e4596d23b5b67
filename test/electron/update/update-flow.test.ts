import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createElectronUpdaterPort } from '../../../electron/update/electron-updater-port';
import { createUpdateController } from '../../../electron/update/update-controller';
import { readUpdateFeed } from '../../../electron/update/update-feed';
import type { UpdateState } from '../../../shared/update/update-state';
import { FIRST_CHECK_DELAY_MS } from '../../../shared/update/update-schedule';
import { installElectronNetStandin } from '../../support/electron-net-standin';

// The update flow with electron-updater's real code (its generic provider, downloader and sha512
// check) against a feed this test builds and serves on 127.0.0.1: latest-linux.yml and a .deb.
// electron-updater runs in Node over a minimal Electron `net` stand-in (support/electron-net-standin.ts);
// installing the update is not exercised.

const appInfo = { version: '1.0.0', userData: tmpdir() };
const net = installElectronNetStandin(appInfo);
const { DebUpdater } = await import('electron-updater');

const PAYLOAD = Buffer.from('the 1.2.3 package '.repeat(4096));
const sha512 = (data: Buffer) => createHash('sha512').update(data).digest('base64');

let server: Server;
let feedUrl = '';
const served: string[] = [];
let fileBody = PAYLOAD;
beforeAll(async () => {
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    if (req.url?.startsWith('/latest-linux.yml')) {
      res.end(`version: 1.2.3
files:
  - url: approval-tray_1.2.3_amd64.deb
    sha512: ${sha512(PAYLOAD)}
    size: ${PAYLOAD.length}
path: approval-tray_1.2.3_amd64.deb
sha512: ${sha512(PAYLOAD)}
releaseDate: '2026-12-01T10:00:00.000Z'
releaseNotes: Approvals open faster.
`);
    } else if (req.url === '/approval-tray_1.2.3_amd64.deb') {
      res.writeHead(200, { 'content-length': fileBody.length, 'content-type': 'application/octet-stream' });
      res.end(fileBody);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  feedUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function packagedApp(feed: string | null) {
  const dir = await mkdtemp(join(tmpdir(), 'approval-tray-update-'));
  if (feed) await writeFile(join(dir, 'app-update.yml'), `provider: generic\nurl: ${feed}\nupdaterCacheDirName: approval-tray-updater\n`);
  // What a packaged app has: resources/app-update.yml, a user data and a cache folder.
  (process as { resourcesPath?: string }).resourcesPath = dir;
  process.env.XDG_CACHE_HOME = join(dir, 'cache');
  appInfo.userData = join(dir, 'userData');
  return { dir, cacheDir: join(dir, 'cache', 'approval-tray-updater') };
}

async function controllerFor(feed: string | null) {
  const { dir, cacheDir } = await packagedApp(feed);
  const lines: string[] = [];
  const log = { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`), error: (m: string) => lines.push(`error ${m}`) };
  const feedUrlRead = await readUpdateFeed(dir);
  const updater = feedUrlRead ? createElectronUpdaterPort(new DebUpdater(), log) : null;
  const states: UpdateState[] = [];
  let now = 1_000_000;
  const timers: { fn: () => void; at: number }[] = [];
  const controller = createUpdateController({
    updater,
    offReason: 'no-feed',
    clock: { now: () => now, setTimer: (fn, ms) => timers.push({ fn, at: now + ms }), clearTimer: () => undefined },
    online: () => true,
    pendingActions: () => 0,
    log,
    onChange: (state) => states.push(state),
  });
  /** Moves the clock to the first timer and fires it. */
  const advance = () => {
    const next = timers.shift();
    if (!next) throw new Error('no timer set');
    now = Math.max(now, next.at);
    next.fn();
  };
  return { controller, states, lines, advance, cacheDir, feedUrlRead, timers };
}

describe('updates against a local feed', () => {
  it('finds 1.2.3 about a minute after start, downloads it, verifies its sha512 and offers it', async () => {
    fileBody = PAYLOAD;
    const run = await controllerFor(feedUrl);
    expect(run.feedUrlRead).toBe(feedUrl);
    run.controller.start();
    expect(run.timers[0]?.at).toBe(1_000_000 + FIRST_CHECK_DELAY_MS);
    run.advance();
    await vi.waitFor(() => expect(run.controller.state().kind).toBe('ready'), { timeout: 10_000 });
    expect(run.controller.state()).toEqual({ kind: 'ready', version: '1.2.3', releaseNotes: 'Approvals open faster.' });
    expect(run.states.map((s) => s.kind)).toEqual(expect.arrayContaining(['checking', 'downloading', 'ready']));
    expect(run.lines).toContain('info update 1.2.3 downloaded and its sha512 verified; offered as "Restart to update"');
    expect(served).toContain('/approval-tray_1.2.3_amd64.deb');
    const files = await readdir(join(run.cacheDir, 'pending'));
    expect(files).toContain('approval-tray_1.2.3_amd64.deb');
    run.controller.stop();
  });

  it('refuses a corrupted download, discards it with a clear log line, and tries again hours later', async () => {
    fileBody = Buffer.from(PAYLOAD);
    fileBody[100] = fileBody[100]! ^ 0xff; // one flipped byte: same size, wrong sha512
    const run = await controllerFor(feedUrl);
    run.controller.start();
    run.advance();
    await vi.waitFor(() => expect(run.controller.state().kind).toBe('failed'), { timeout: 10_000 });
    const state = run.controller.state();
    expect(state.kind === 'failed' && state.message).toMatch(/sha512 checksum mismatch/);
    expect(run.lines.some((line) => /^warn update failed: .*sha512 checksum mismatch.*discarded.*next try/.test(line))).toBe(true);
    const pending = await readdir(join(run.cacheDir, 'pending')).catch(() => []);
    expect(pending.filter((name) => name.endsWith('.deb'))).toEqual([]);
    expect(state.kind === 'failed' && state.retryAt - 1_000_000).toBeGreaterThanOrEqual(3 * 3_600_000);
    run.controller.stop();
  });

  it('with no feed packaged, the updater is off and asks nothing of anyone', async () => {
    const before = { served: served.length, requests: net.requests.length };
    const run = await controllerFor(null);
    run.controller.start();
    expect(run.controller.state()).toEqual({ kind: 'off', reason: 'no-feed' });
    expect(run.timers).toEqual([]);
    expect(run.lines).toContain('info updates are off: no update feed was configured when this build was packaged');
    expect(served.length).toBe(before.served);
    expect(net.requests.length).toBe(before.requests);
  });
});
