import type { Settings } from '../settings/settings';
import type { LinkContext } from './url-policy';

/** What the URL policy trusts beyond Feishu/Lark: the signed-in account's host, the user's allowed hosts. */
export function linkContextFor(settings: Settings): LinkContext {
  let accountHost: string | null = null;
  try {
    if (settings.account) accountHost = new URL(settings.account.baseUrl).host;
  } catch {
    // A broken base URL trusts nothing extra.
  }
  return { accountHost, allowedHosts: settings.allowedLinkHosts };
}
