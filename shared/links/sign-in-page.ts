import { isFeishuLarkHost } from './feishu-hosts';
import { decideLink } from './url-policy';

// The sign-in page goes through the same URL policy as task links, with one more rule: it must be
// on the accounts host the sign-in was started for (the region's, or the custom base URL the user
// confirmed). A custom base URL may be plain http only on loopback (shared/auth/auth-hosts.ts).

const LOOPBACK: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The URL to open, or null when it is not the expected sign-in page. */
export function signInPageUrl(raw: string, accountsBase: string): string | null {
  let page: URL;
  let base: URL;
  try {
    page = new URL(raw);
    base = new URL(accountsBase);
  } catch {
    return null;
  }
  if (page.origin !== base.origin || !page.pathname.startsWith(base.pathname.replace(/\/+$/, ''))) return null;
  if (page.protocol === 'http:') {
    // decideLink refuses http; run its other checks on the https twin of the URL.
    if (!LOOPBACK.has(page.hostname)) return null;
    return decideLink(`https:${raw.slice('http:'.length)}`, { accountHost: page.host }).kind === 'open' ? page.href : null;
  }
  const decision = decideLink(raw, { accountHost: base.host });
  return decision.kind === 'open' ? decision.url : null;
}

/** A custom base URL outside Feishu/Lark must be confirmed by the user before anything is sent to it. */
export function needsSignInConfirmation(openBase: string): boolean {
  try {
    return !isFeishuLarkHost(new URL(openBase).hostname);
  } catch {
    return true;
  }
}
