import { AccountSchema } from '../../shared/settings/settings';
import type { Account, Region, SignInMode } from '../../shared/settings/settings';
import type { SecretStorePort } from '../../shared/auth/secret-store-port';
import type { AccountStorePort } from '../../shared/auth/account-store-port';

// Building and saving the non-secret Account once a sign-in has succeeded.

/** Stable per region, app and user, so signing in again as the same person reuses the entries. */
export function accountIdFor(region: Region, mode: SignInMode, appId: string | undefined, userId: string): string {
  return [region, mode === 'user-token' ? 'token' : appId, mode === 'tenant' ? 'tenant' : null, userId].filter(Boolean).join(':');
}

export function buildAccount(fields: Omit<Account, 'id' | 'needsSignIn' | 'userIdType' | 'callbackPort'> & Partial<Account>): Account {
  return AccountSchema.parse({ ...fields, id: fields.id ?? accountIdFor(fields.region, fields.mode, fields.appId, fields.userId), needsSignIn: false });
}

/** Save the account, and forget the secrets of the one it replaces (a different user or app). */
export async function saveSignedInAccount(account: Account, secrets: SecretStorePort, accounts: AccountStorePort): Promise<void> {
  const previous = await accounts.get();
  if (previous && previous.id !== account.id) await secrets.deleteAll(previous.id);
  await accounts.set(account);
}
