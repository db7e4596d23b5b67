import type { SecretKind, SecretStorePort } from '../../shared/auth/secret-store-port';

// "Keep me signed in for this session only": secrets in this process's memory, gone when it
// exits. Opt-in for machines without a keychain; never a file.
export function createMemorySecretStore(): SecretStorePort {
  const entries = new Map<string, string>();
  const key = (account: string, kind: SecretKind) => `${account}:${kind}`;
  return {
    get: async (account, kind) => entries.get(key(account, kind)) ?? null,
    set: async (account, kind, value) => void entries.set(key(account, kind), value),
    delete: async (account, kind) => void entries.delete(key(account, kind)),
    deleteAll: async (account) => {
      for (const k of [...entries.keys()]) if (k.startsWith(`${account}:`)) entries.delete(k);
    },
    describe: () => ({ backend: 'memory (this session only)' }),
  };
}
