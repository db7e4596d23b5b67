import { existsSync } from 'node:fs';
import { detectKeychain } from '../../../electron/keychain/detect-keychain';
import { createKeytarSecretStore } from '../../../electron/keychain/keytar-secret-store';
import { CHROMIUM_PATH } from '../electron/chromium-session';

// The full-app scenarios need Chromium and a real Secret Service. On CI both are mandatory (a
// missing one fails the run); elsewhere the scenarios are skipped with one loud warning.

let verdict: Promise<boolean> | null = null;

export function fullAppCanRun(): Promise<boolean> {
  verdict ??= decide();
  return verdict;
}

async function decide(): Promise<boolean> {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push(`Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
  const keychain = await detectKeychain(createKeytarSecretStore());
  if (!keychain.available) missing.push(`a Secret Service (run under scripts/with-secret-service.sh): ${keychain.message ?? ''}`.slice(0, 300));
  if (missing.length === 0) return true;
  if (process.env.CI === 'true') throw new Error(`CI must run the full-app scenarios; missing: ${missing.join('; ')}`);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING the full-app scenarios (npm run test:app). Missing:\n!! ${missing.join('\n!! ')}\n${'!'.repeat(78)}\n`);
  return false;
}
