import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AccountSchema } from '../../shared/settings/settings';
import type { Account } from '../../shared/settings/settings';
import type { AccountStorePort } from '../../shared/auth/account-store-port';

// The CLI's non-secret account: `account.json` in the CLI's state directory (the app keeps it in
// settings instead). Written atomically; a broken file reads as "not signed in", never a crash.
// TODO(integration): switch to electron/state/json-state-file.ts once it lands (same contract).

export function createAccountFileStore(stateDir: string): AccountStorePort & { path: string } {
  const path = join(stateDir, 'account.json');
  return {
    path,
    async get() {
      try {
        const parsed = AccountSchema.nullable().safeParse(JSON.parse(await readFile(path, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async set(account: Account | null) {
      await mkdir(stateDir, { recursive: true, mode: 0o700 });
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, `${JSON.stringify(account, null, 2)}\n`, { mode: 0o600 });
      await rename(temp, path);
    },
  };
}
