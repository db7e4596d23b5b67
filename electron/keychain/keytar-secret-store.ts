import type { SecretKind, SecretStorePort } from '../../shared/auth/secret-store-port';
import { SECRET_KINDS } from '../../shared/auth/secret-store-port';
import { KeytarMissingError, keychainUnavailable } from './keychain-unavailable';

// The OS keychain through keytar: one service name, one entry per account and kind
// (`${accountId}:${kind}`). keytar is loaded on first use, so a missing native module or a
// missing Secret Service becomes a clear message instead of a crash at start-up.

export const KEYCHAIN_SERVICE = 'approval-tray';

export interface KeytarPort {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export interface KeytarSecretStoreOptions {
  /** Injected in tests; defaults to the real keytar module. */
  loadKeytar?: () => Promise<KeytarPort>;
  service?: string;
  platform?: NodeJS.Platform;
}

/** Import keytar; `importModule` is swapped in tests to simulate a failed native build. */
export async function loadKeytarModule(importModule: () => Promise<unknown> = () => import('keytar')): Promise<KeytarPort> {
  let mod: KeytarPort & { default?: KeytarPort };
  try {
    mod = (await importModule()) as KeytarPort & { default?: KeytarPort };
  } catch (error) {
    // Not installed (its optional native build failed) or its .node file will not load.
    throw new KeytarMissingError(error instanceof Error ? error.message : String(error));
  }
  return mod.default ?? mod;
}

export function createKeytarSecretStore(options: KeytarSecretStoreOptions = {}): SecretStorePort {
  const service = options.service ?? KEYCHAIN_SERVICE;
  let keytar: Promise<KeytarPort> | null = null;

  async function withKeytar<T>(action: (k: KeytarPort) => Promise<T>): Promise<T> {
    keytar ??= (options.loadKeytar ?? loadKeytarModule)();
    try {
      return await action(await keytar);
    } catch (error) {
      throw keychainUnavailable(error, options.platform);
    }
  }

  const key = (account: string, kind: SecretKind) => `${account}:${kind}`;

  return {
    get: (account, kind) => withKeytar((k) => k.getPassword(service, key(account, kind))),
    set: (account, kind, value) => withKeytar((k) => k.setPassword(service, key(account, kind), value)),
    delete: (account, kind) => withKeytar(async (k) => void (await k.deletePassword(service, key(account, kind)))),
    deleteAll: (account) =>
      withKeytar(async (k) => {
        for (const kind of SECRET_KINDS) await k.deletePassword(service, key(account, kind));
      }),
    describe: () => ({
      backend:
        (options.platform ?? process.platform) === 'linux'
          ? 'Secret Service (libsecret)'
          : (options.platform ?? process.platform) === 'darwin'
            ? 'macOS Keychain'
            : 'Windows Credential Manager',
    }),
  };
}
