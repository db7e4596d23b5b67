import type { App } from 'electron';
import { dirname } from 'node:path';
import type { AboutView } from '../../shared/about/about-view';
import { BUNDLED_LICENCES } from '../../shared/about/bundled-licences';
import type { UpdateState } from '../../shared/update/update-state';

// Settings → About's facts from Electron: the app's version, Electron's and Chromium's
// (process.versions in main), the data folder and the log folder.

export function createAboutSource(app: Pick<App, 'getVersion' | 'getPath'>, sources: { versions: NodeJS.ProcessVersions; logFile: string; update(): UpdateState; feed: string | null }): () => AboutView {
  return () => ({
    version: app.getVersion(),
    electron: sources.versions.electron ?? null,
    chromium: sources.versions.chrome ?? null,
    update: sources.update(),
    feed: sources.feed,
    dataFolder: app.getPath('userData'),
    logFolder: dirname(sources.logFile),
    licences: BUNDLED_LICENCES,
  });
}
