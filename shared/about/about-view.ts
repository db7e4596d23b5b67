import type { UpdateState } from '../update/update-state';

// What Settings → About shows. Paths are shown, never sent back: the renderer asks main to open
// "the data folder" by name (about:open-folder), and main looks the path up itself.

export interface LicenceEntry {
  name: string;
  version: string;
  licence: string;
}

export interface AboutView {
  version: string;
  electron: string | null;
  chromium: string | null;
  update: UpdateState;
  /** The update feed's URL, or null when none was configured at packaging time. */
  feed: string | null;
  dataFolder: string;
  logFolder: string;
  licences: readonly LicenceEntry[];
}

export const ABOUT_FOLDERS = ['data', 'logs'] as const;
export type AboutFolder = (typeof ABOUT_FOLDERS)[number];
