import type { Settings } from '../settings/settings';
import type { LinkContext } from './url-policy';

/**
 * What the URL policy trusts beyond Feishu/Lark: the signed-in account's host, the hosts the user
 * allowed, and the hosts the organisation's managed.json trusts (`trustedHosts`, not revocable
 * in the window: an administrator set them).
 */
export function linkContextFor(settings: Settings, organisationHosts: readonly string[] = []): LinkContext {
  let accountHost: string | null = null;
  try {
    if (settings.account) accountHost = new URL(settings.account.baseUrl).host;
  } catch {
    // A broken base URL trusts nothing extra.
  }
  return { accountHost, allowedHosts: [...settings.allowedLinkHosts, ...organisationHosts.filter((host) => !settings.allowedLinkHosts.includes(host))] };
}
