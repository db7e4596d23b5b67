import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Some tests need parts of the system that npm cannot install: a running Secret Service (for the
// real keychain) and Debian's Chromium (for the window's end-to-end tests). On a bare developer
// machine those tests are skipped, and the run says so loudly, once per missing part (see
// system-parts-summary.ts, the globalSetup that prints it). Under CI=true a missing part fails.

export type SystemPart = 'secret-service' | 'chromium';

export const SYSTEM_PARTS: Record<SystemPart, { what: string; install: string; run: string }> = {
  'secret-service': {
    what: 'a Secret Service (the real keychain)',
    install: 'apt-get install libsecret-1-dev python3 make g++ dbus gnome-keyring libsecret-tools, then npm rebuild keytar',
    run: 'npm test (it starts a throwaway gnome-keyring through scripts/with-secret-service.sh)',
  },
  chromium: {
    what: "Debian's Chromium at /usr/bin/chromium (the window's end-to-end tests)",
    install: 'apt-get install chromium fonts-wqy-microhei',
    run: 'npm test, or npx vitest run test/e2e',
  },
};

/** Where workers leave one marker per skipped part; set by the globalSetup for the whole run. */
export const SKIP_DIR_ENV = 'APPROVAL_TRAY_SKIPPED_PARTS_DIR';

export class MissingSystemPartError extends Error {
  override name = 'MissingSystemPartError';
}

/**
 * Whether tests needing `part` can run. Present: true. Missing under CI=true: throws (the file
 * fails, loudly). Missing elsewhere: records the skip for the run's summary and returns false.
 */
export function systemPartAvailable(part: SystemPart, present: boolean, why: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (present) return true;
  const info = SYSTEM_PARTS[part];
  if (env.CI === 'true') {
    throw new MissingSystemPartError(`CI must run the tests that need ${info.what}, but it is missing: ${why}. Install: ${info.install}.`);
  }
  const dir = env[SKIP_DIR_ENV];
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, part), why.replace(/\s+/g, ' ').slice(0, 300));
  } else {
    // Not under the project's vitest config (no summary at the end): say it here instead.
    console.warn(skipLine(part, why));
  }
  return false;
}

/** The one loud line for a part that was missing. */
export function skipLine(part: SystemPart, why: string): string {
  const info = SYSTEM_PARTS[part];
  return `!! SKIPPED the tests that need ${info.what}: ${why}. To run them: ${info.install}; then ${info.run}.`;
}
