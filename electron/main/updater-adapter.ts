import type { App } from 'electron';
import { createRequire } from 'node:module';
import type * as ElectronUpdater from 'electron-updater';
import { createElectronUpdaterPort } from '../update/electron-updater-port';
import type { UpdaterLog } from '../update/electron-updater-port';
import { readUpdateFeed } from '../update/update-feed';
import type { UpdaterPort } from '../update/updater-port';

// electron-updater's autoUpdater, created only for a packaged build that has a feed in
// resources/app-update.yml (electron-builder's `publish`); otherwise none, and nothing is loaded.
// Loaded with require: it is CommonJS with getter exports, outside main's bundle (a runtime
// dependency packed in the asar).

export interface UpdaterSetup {
  updater: UpdaterPort | null;
  feed: string | null;
  offReason: 'no-feed' | 'not-packaged';
}

export async function createUpdater(app: Pick<App, 'isPackaged'>, resourcesPath: string, log: UpdaterLog): Promise<UpdaterSetup> {
  if (!app.isPackaged) return { updater: null, feed: null, offReason: 'not-packaged' };
  const feed = await readUpdateFeed(resourcesPath);
  if (!feed) return { updater: null, feed: null, offReason: 'no-feed' };
  const { autoUpdater } = createRequire(import.meta.url)('electron-updater') as typeof ElectronUpdater;
  return { updater: createElectronUpdaterPort(autoUpdater, log), feed, offReason: 'no-feed' };
}
