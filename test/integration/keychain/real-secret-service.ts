import { detectKeychain } from '../../../electron/keychain/detect-keychain';
import { createKeytarSecretStore } from '../../../electron/keychain/keytar-secret-store';
import { systemPartAvailable } from '../../support/system-parts';

// Keychain tests need a real Secret Service (npm test starts one through
// scripts/with-secret-service.sh). In CI its absence is a failure; elsewhere the tests are
// skipped and the run ends with one loud line saying so (test/support/system-parts.ts).
export async function hasRealSecretService(): Promise<boolean> {
  const status = await detectKeychain(createKeytarSecretStore());
  return systemPartAvailable('secret-service', status.available, shortReason(status.message ?? 'unknown reason'));
}

// The keychain's own messages are advice for users; the skip line wants only the cause.
function shortReason(message: string): string {
  if (message.startsWith('The keychain module (keytar) is not installed')) return 'keytar, the keychain module, is not installed (its native build needs libsecret-1-dev)';
  const said = /\(Keychain said: (.*)\)$/.exec(message)?.[1];
  return said ? `no Secret Service answered (${said})` : message;
}

/** A unique keychain account per test run, so parallel runs and leftovers never collide. */
export function testAccountId(label: string): string {
  return `test:${label}:${process.pid}:${Date.now().toString(36)}`;
}
