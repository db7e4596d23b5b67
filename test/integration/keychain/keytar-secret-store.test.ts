import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeytarSecretStore, KEYCHAIN_SERVICE } from '../../../electron/keychain/keytar-secret-store';
import { detectKeychain } from '../../../electron/keychain/detect-keychain';
import { SECRET_KINDS } from '../../../shared/auth/secret-store-port';
import { hasRealSecretService, testAccountId } from './real-secret-service';

const available = await hasRealSecretService();

describe.skipIf(!available)('keytar secret store on the real Secret Service', () => {
  const store = createKeytarSecretStore();
  const account = testAccountId('store');
  afterAll(() => store.deleteAll(account));

  it('reports the keychain as available, naming the backend', async () => {
    expect(await detectKeychain(store)).toEqual({ available: true, backend: 'Secret Service (libsecret)' });
  });

  it('stores each kind of secret as its own entry under one service, and reads it back', async () => {
    for (const kind of SECRET_KINDS) await store.set(account, kind, `${kind}-value-密钥`);
    for (const kind of SECRET_KINDS) expect(await store.get(account, kind)).toBe(`${kind}-value-密钥`);
    // Another client of the Secret Service sees the same entry: it really is in the keyring.
    const viaSecretTool = execFileSync('secret-tool', ['lookup', 'service', KEYCHAIN_SERVICE, 'account', `${account}:refresh-token`]).toString();
    expect(viaSecretTool).toBe('refresh-token-value-密钥');
  });

  it('overwrites a secret in place (a rotated refresh token replaces the old one)', async () => {
    await store.set(account, 'refresh-token', 'ur-old');
    await store.set(account, 'refresh-token', 'ur-new');
    expect(await store.get(account, 'refresh-token')).toBe('ur-new');
  });

  it('deletes one kind, then every secret of the account, and leaves other accounts alone', async () => {
    const other = testAccountId('other');
    await store.set(other, 'access-token', 'keep-me');
    await store.set(account, 'access-token', 'a');
    await store.delete(account, 'access-token');
    expect(await store.get(account, 'access-token')).toBeNull();
    await store.deleteAll(account);
    for (const kind of SECRET_KINDS) expect(await store.get(account, kind)).toBeNull();
    expect(await store.get(other, 'access-token')).toBe('keep-me');
    await store.deleteAll(other);
    expect(await store.get(other, 'access-token')).toBeNull();
  });

  it('returns null for a secret that was never stored', async () => {
    expect(await store.get(testAccountId('never'), 'app-secret')).toBeNull();
  });
});
