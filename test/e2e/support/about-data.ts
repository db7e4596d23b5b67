import type { AboutView } from '../../../shared/about/about-view';
import { BUNDLED_LICENCES } from '../../../shared/about/bundled-licences';

// About as a packaged build with a feed and a downloaded update shows it (renderer tests and
// the screenshot).
export function aboutWithUpdateReady(): AboutView {
  return {
    version: '1.1.0',
    electron: '41.7.1',
    chromium: '146.0.7680.80',
    update: { kind: 'ready', version: '1.2.3', releaseNotes: 'Approvals open faster.\nThe tray shows the pending count on Windows.' },
    feed: 'https://updates.corp.example/approval-tray/',
    dataFolder: '/home/li.lei/.config/Approval Tray',
    logFolder: '/home/li.lei/.config/Approval Tray/logs',
    licences: BUNDLED_LICENCES,
  };
}
