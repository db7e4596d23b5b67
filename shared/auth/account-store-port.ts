import type { Account } from '../settings/settings';

// Where the non-secret account lives: electron-store settings in the app, a JSON state file for
// the CLI. Never holds a secret (Account has no place for one).
export interface AccountStorePort {
  get(): Account | null | Promise<Account | null>;
  set(account: Account | null): void | Promise<void>;
}
