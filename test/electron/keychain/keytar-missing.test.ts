import { describe, expect, it } from 'vitest';
import { createKeytarSecretStore, loadKeytarModule } from '../../../electron/keychain/keytar-secret-store';
import { detectKeychain } from '../../../electron/keychain/detect-keychain';
import { statusCommand } from '../../../electron/cli/commands/status';
import { isAuthError } from '../../../shared/auth/auth-error';
import { createCliHarness } from '../../integration/auth/cli-harness';

// keytar is an optional dependency: on a machine without libsecret-1-dev and a compiler its
// native build fails and npm ci carries on without it. The app and the CLI must then say so in
// one line, naming what to install, and keep secrets in memory only.

const notInstalled = () => Promise.reject(Object.assign(new Error("Cannot find package 'keytar' imported from /x/out/cli/approval-tray.mjs"), { code: 'ERR_MODULE_NOT_FOUND' }));
const missingKeytarStore = () => createKeytarSecretStore({ platform: 'linux', loadKeytar: () => loadKeytarModule(notInstalled) });

describe('keytar not installed (its optional native build failed)', () => {
  it('is a keychain error naming libsecret-1-dev, the build tools and npm rebuild keytar, on one line', async () => {
    const error = await missingKeytarStore().set('acc', 'access-token', 'u-secret-token').catch((e: unknown) => e);
    expect(isAuthError(error) && error.kind).toBe('keychain');
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/keytar\) is not installed/);
    expect(message).toMatch(/libsecret-1-dev/);
    expect(message).toMatch(/python3 make g\+\+/);
    expect(message).toMatch(/npm rebuild keytar/);
    expect(message).toMatch(/never on disk/);
    expect(message).not.toContain('u-secret-token');
  });

  it('makes detectKeychain (the app at start-up) report it unavailable with that one line', async () => {
    const status = await detectKeychain(missingKeytarStore());
    expect(status.available).toBe(false);
    expect(status.message).toMatch(/^The keychain module \(keytar\) is not installed[^\n]*libsecret-1-dev[^\n]*$/);
  });

  it('makes `status` print exactly one keychain line saying what to install, and write no file', async () => {
    const cli = await createCliHarness({ secrets: missingKeytarStore() });
    const result = await cli.run(statusCommand, []);
    const keychainLines = result.out.split('\n').filter((line) => /keychain|keytar/i.test(line) && !line.startsWith('Account:'));
    expect(keychainLines).toHaveLength(1);
    expect(keychainLines[0]).toMatch(/^Keychain: +Secret Service \(libsecret\) UNAVAILABLE: The keychain module \(keytar\) is not installed.*libsecret-1-dev/);
  });

  it('loads the real module when the import succeeds', async () => {
    const fake = { getPassword: async () => 'v', setPassword: async () => undefined, deletePassword: async () => true };
    const keytar = await loadKeytarModule(async () => ({ default: fake }));
    expect(await keytar.getPassword('s', 'a')).toBe('v');
  });
});
