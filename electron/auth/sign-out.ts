import type { Outcome } from '../../shared/ipc/contract';
import type { Account } from '../../shared/settings/settings';
import type { AccountStorePort } from '../../shared/auth/account-store-port';
import type { SecretStorePort } from '../../shared/auth/secret-store-port';
import { isAuthError } from '../../shared/auth/auth-error';

// Sign out: every secret of the account leaves the keychain, then the account leaves settings.
export async function signOut(account: Account, deps: { secrets: SecretStorePort; accounts?: AccountStorePort }): Promise<Outcome> {
  try {
    await deps.secrets.deleteAll(account.id);
  } catch (error) {
    return { ok: false, message: isAuthError(error) ? error.message : 'The keychain did not delete the saved sign-in.', kind: 'keychain' };
  }
  const current = await deps.accounts?.get();
  if (deps.accounts && (!current || current.id === account.id)) await deps.accounts.set(null);
  return { ok: true, value: undefined };
}
