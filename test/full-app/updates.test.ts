import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MenuItemRecord } from '../standin/electron/records';
import type { AppProcess } from '../standin/support/app-process';
import { startApp } from '../standin/support/app-process';
import { ensureBuilt } from '../standin/support/build-once';
import { fullAppCanRun } from '../standin/support/environment';

// The built app, packaged (a resources folder with app-update.yml, as electron-builder writes it
// when a feed is set), under the Electron stand-in: about a minute after start electron-updater
// finds 1.2.3 on a feed served here on 127.0.0.1, downloads it, checks its sha512 and the tray
// offers "Restart to update to 1.2.3". The restart itself (dpkg) is not clicked.

const canRun = await fullAppCanRun();
const PAYLOAD = Buffer.from('approval tray 1.2.3 '.repeat(2048));
const sha512 = createHash('sha512').update(PAYLOAD).digest('base64');
const labels = (menu: MenuItemRecord[] | null | undefined): string[] => (menu ?? []).flatMap((item) => [item.label, ...labels(item.submenu)]);

describe.skipIf(!canRun)('updates in the running app', () => {
  let home: string;
  let app: AppProcess;
  let server: Server;
  const served: string[] = [];
  let launchedAt = 0;

  beforeAll(async () => {
    await ensureBuilt();
    server = createServer((req, res) => {
      served.push(req.url ?? '');
      if (req.url?.startsWith('/latest-linux.yml')) res.end(`version: 1.2.3\nfiles:\n  - url: approval-tray_1.2.3_amd64.deb\n    sha512: ${sha512}\n    size: ${PAYLOAD.length}\npath: approval-tray_1.2.3_amd64.deb\nsha512: ${sha512}\nreleaseDate: '2026-12-01T10:00:00.000Z'\n`);
      else if (req.url === '/approval-tray_1.2.3_amd64.deb') res.end(PAYLOAD);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const feed = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    home = await mkdtemp(join(tmpdir(), 'approval-tray-home-'));
    const resources = join(home, 'resources');
    await mkdir(resources, { recursive: true });
    await writeFile(join(resources, 'app-update.yml'), `provider: generic\nurl: ${feed}\nupdaterCacheDirName: approval-tray-updater\n`);
    await writeFile(join(resources, 'package-type'), 'deb\n');
    launchedAt = Date.now();
    app = await startApp({ home, env: { ELECTRON_STANDIN_PACKAGED: '1', ELECTRON_STANDIN_RESOURCES: resources } });
  }, 240_000);

  afterAll(async () => {
    // A plain quit (autoInstallOnAppQuit is off; that quitting installs nothing is not asserted here).
    await app?.quit();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    if (home) await rm(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });

  it('finds, downloads and verifies 1.2.3, then offers "Restart to update to 1.2.3" in the tray', async () => {
    const menu = await app.until('the tray offers the update', (r) => labels(r.tray.at(-1)?.menu).includes('Restart to update to 1.2.3') && r.tray.at(-1)!.menu, 180_000);
    // Just above Settings…, where shared/update/update-menu.ts puts it.
    const shown = labels(menu);
    expect(shown[shown.indexOf('Restart to update to 1.2.3') + 1]).toBe('Settings…');
    expect(served).toEqual(expect.arrayContaining(['/approval-tray_1.2.3_amd64.deb']));
    expect(served.some((url) => url.startsWith('/latest-linux.yml'))).toBe(true);
    const records = await app.records();
    const feedCalls = records.fetches.filter((f) => f.url.includes('127.0.0.1') && (f.url.includes('latest-linux.yml') || f.url.endsWith('.deb')));
    expect(feedCalls.length).toBeGreaterThanOrEqual(2);
    // Not before the first-check delay (about a minute after start).
    expect(Math.min(...feedCalls.map((f) => f.at)) - launchedAt).toBeGreaterThanOrEqual(55_000);
  }, 240_000);
});
