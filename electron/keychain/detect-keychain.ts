import type { SecretStorePort } from '../../shared/auth/secret-store-port';
import { createKeytarSecretStore } from './keytar-secret-store';

// Is there a keychain to keep secrets in? A read of an entry that never exists answers it
// without writing anything (and without an unlock prompt for a new entry).

export interface KeychainStatus {
  available: boolean;
  backend: string;
  /** What is missing and what to install, when unavailable. */
  message?: string;
}

const PROBE_ACCOUNT = 'approval-tray-probe';

export async function detectKeychain(store: SecretStorePort = createKeytarSecretStore()): Promise<KeychainStatus> {
  const { backend } = store.describe();
  try {
    await store.get(PROBE_ACCOUNT, 'access-token');
    return { available: true, backend };
  } catch (error) {
    return { available: false, backend, message: error instanceof Error ? error.message : String(error) };
  }
}
