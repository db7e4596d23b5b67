import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUpdateFeed } from '../../../electron/update/update-feed';

// resources/app-update.yml as electron-builder writes it decides whether the updater runs at all.
async function resources(text: string | null) {
  const dir = await mkdtemp(join(tmpdir(), 'approval-tray-feed-'));
  if (text !== null) await writeFile(join(dir, 'app-update.yml'), text);
  return dir;
}

describe('the packaged update feed', () => {
  it('is the generic provider\'s URL', async () => {
    expect(await readUpdateFeed(await resources("provider: generic\nurl: 'https://updates.corp.example/approval-tray/'\nupdaterCacheDirName: approval-tray-updater\n"))).toBe('https://updates.corp.example/approval-tray/');
  });

  it('is absent without the file, without a URL, or for a provider this app does not configure', async () => {
    expect(await readUpdateFeed(await resources(null))).toBeNull();
    expect(await readUpdateFeed(await resources('provider: generic\nupdaterCacheDirName: x\n'))).toBeNull();
    expect(await readUpdateFeed(await resources('provider: github\nowner: someone\nrepo: x\n'))).toBeNull();
    expect(await readUpdateFeed(await resources('provider: generic\nurl: file:///etc/\n'))).toBeNull();
  });
});
