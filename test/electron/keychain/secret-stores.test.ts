import { describe, expect, it } from 'vitest';
import { createKeytarSecretStore } from '../../../electron/keychain/keytar-secret-store';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { detectKeychain } from '../../../electron/keychain/detect-keychain';
import { isAuthError } from '../../../shared/auth/auth-error';

const noSecretService = () =>
  createKeytarSecretStore({
    platform: 'linux',
    loadKeytar: async () => ({
      getPassword: async () => Promise.reject(new Error('The name org.freedesktop.secrets was not provided by any .service files')),
      setPassword: async () => Promise.reject(new Error('The name org.freedesktop.secrets was not provided by any .service files')),
      deletePassword: async () => Promise.reject(new Error('The name org.freedesktop.secrets was not provided by any .service files')),
    }),
  });

describe('keytar secret store without a Secret Service', () => {
  it('says exactly what is missing and what to install, and never falls back to a file', async () => {
    const error = await noSecretService().set('acc', 'refresh-token', 'ur-secret-value').catch((e: unknown) => e);
    expect(isAuthError(error) && error.kind).toBe('keychain');
    const message = (error as Error).message;
    expect(message).toMatch(/Secret Service/);
    expect(message).toMatch(/gnome-keyring/);
    expect(message).toMatch(/KWallet/);
    expect(message).toMatch(/libsecret/);
    expect(message).not.toContain('ur-secret-value');
  });

  it('is reported unavailable by detectKeychain with that message', async () => {
    const status = await detectKeychain(noSecretService());
    expect(status.available).toBe(false);
    expect(status.message).toMatch(/gnome-keyring/);
  });

  it('turns a keytar module that fails to load into the same clear error', async () => {
    const store = createKeytarSecretStore({ platform: 'linux', loadKeytar: async () => Promise.reject(new Error('keytar.node: cannot open shared object')) });
    const error = await store.get('a', 'app-secret').catch((e: unknown) => e);
    expect(isAuthError(error) && error.kind).toBe('keychain');
  });
});

describe('memory secret store (this session only)', () => {
  it('keeps secrets per account and kind until deleted, and says it is memory', async () => {
    const store = createMemorySecretStore();
    await store.set('a', 'access-token', '1');
    await store.set('a', 'refresh-token', '2');
    await store.set('b', 'access-token', '3');
    expect(await store.get('a', 'refresh-token')).toBe('2');
    await store.deleteAll('a');
    expect(await store.get('a', 'access-token')).toBeNull();
    expect(await store.get('b', 'access-token')).toBe('3');
    expect(store.describe().backend).toMatch(/memory/);
  });
});
