import { authHostsFor } from '../../shared/auth/auth-hosts';
import type { AuthHosts } from '../../shared/auth/auth-hosts';
import type { Outcome } from '../../shared/ipc/contract';
import { needsSignInConfirmation } from '../../shared/links/sign-in-page';
import type { ManagedState } from '../../shared/managed/managed-config';
import type { Account, Region } from '../../shared/settings/settings';

// Before a sign-in sends anything anywhere: which hosts it will talk to, and, for a custom base
// URL outside Feishu/Lark, the user's own yes in a dialog main shows. The window's form is not
// enough: a compromised window could fill it in and submit it by itself.

export async function confirmSignInHosts(
  request: { region: Region; baseUrl?: string },
  confirmHost: (host: string) => Promise<boolean>,
): Promise<Outcome<AuthHosts>> {
  const found = hostsOf(request.region, request.baseUrl);
  if (!found.ok) return found;
  const hosts = found.value;
  if (request.region !== 'custom' || !needsSignInConfirmation(hosts.open)) return { ok: true, value: hosts };
  const host = new URL(hosts.open).host;
  if (await confirmHost(host)) return { ok: true, value: hosts };
  return { ok: false, kind: 'cancelled', message: `Sign-in cancelled: ${host} was not confirmed, and nothing was sent to it.` };
}

/**
 * A managed sign-in's hosts: from the administrator's file, which main read itself (the window
 * sends no host for it), so there is nothing for the user to confirm.
 */
export function managedSignInHosts(managed: ManagedState | undefined): Outcome<AuthHosts> {
  if (managed?.status !== 'ok') return { ok: false, kind: 'rejected', message: "There is no usable organisation setup for this sign-in." };
  return hostsOf(managed.config.region, managed.config.baseUrl);
}

/** Signing in again as the saved account (more scopes): the hosts it was confirmed for when it signed in. */
export function savedAccountHosts(account: Account | null): Outcome<AuthHosts> {
  if (!account) return { ok: false, kind: 'rejected', message: 'Sign in with Feishu/Lark first; the extra permissions are asked for after that.' };
  return hostsOf(account.region, account.baseUrl);
}

function hostsOf(region: Region, baseUrl: string | undefined): Outcome<AuthHosts> {
  try {
    return { ok: true, value: authHostsFor(region, baseUrl) };
  } catch (error) {
    return { ok: false, kind: 'rejected', message: error instanceof Error ? error.message : 'The base URL is not usable.' };
  }
}
