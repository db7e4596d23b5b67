import { detectKeychain } from '../../../electron/keychain/detect-keychain';
import { createKeytarSecretStore } from '../../../electron/keychain/keytar-secret-store';

// Keychain tests need a real Secret Service (run them under scripts/with-secret-service.sh).
// In CI its absence is a failure; locally the tests are skipped, loudly.
export async function hasRealSecretService(): Promise<boolean> {
  const status = await detectKeychain(createKeytarSecretStore());
  if (status.available) return true;
  const why = `No Secret Service: ${status.message ?? 'unknown reason'}`;
  if (process.env.CI === 'true') {
    throw new Error(`CI must run the keychain tests against a real Secret Service (scripts/with-secret-service.sh npm test). ${why}`);
  }
  console.warn(
    `\n${'!'.repeat(78)}\n!! SKIPPING keychain tests. ${why.slice(-200)}\n!! Run them with: scripts/with-secret-service.sh npx vitest run test/integration\n${'!'.repeat(78)}\n`,
  );
  return false;
}

/** A unique keychain account per test run, so parallel runs and leftovers never collide. */
export function testAccountId(label: string): string {
  return `test:${label}:${process.pid}:${Date.now().toString(36)}`;
}
