import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// The update feed this build was packaged with: electron-builder writes `publish` into
// resources/app-update.yml, which electron-updater reads at run time. No file (no feed set at
// packaging time) or no URL in it: updates are off, and About says so.

export async function readUpdateFeed(resourcesPath: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(join(resourcesPath, 'app-update.yml'), 'utf8');
  } catch {
    return null;
  }
  // electron-builder writes flat `key: value` lines; only these two matter here.
  const field = (name: string) => new RegExp(`^${name}:\\s*['"]?([^'"\\s]+)['"]?\\s*$`, 'm').exec(text)?.[1] ?? null;
  const url = field('url');
  return field('provider') === 'generic' && url && /^https?:\/\//.test(url) ? url : null;
}
