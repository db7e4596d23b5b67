import type { Task } from '../tasks/task';
import { isSchemeApplink, wrappedUrl } from './applink';
import { isFeishuLarkHost, isNonProductionFeishuHost } from './feishu-hosts';

// Which URLs the app may hand to the OS to open. A task's links come from the network, so they
// are hostile until proven otherwise:
// - https on Feishu/Lark hosts, and on the signed-in account's own host, open directly;
// - https on any other host opens only once the user has allowed that host (main asks, naming it);
// - `feishu:`/`lark:` open only in their documented applink form;
// - everything else (http, file:, javascript:, credentials, look-alike text) is never opened.
// An applink that wraps another URL is judged by the URL it wraps.

export const MAX_URL_LENGTH = 2048;
/** web_url inside web_url inside …: real links nest once at most. */
const MAX_NESTING = 3;

export type LinkDecision =
  | { kind: 'open'; url: string }
  /** Open only after the user allowed `host` (URL.host: lower case, punycode, port if not 443). */
  | { kind: 'ask'; url: string; host: string }
  | { kind: 'refuse'; reason: string };

export interface LinkContext {
  /** The signed-in account's host (the host of its base URL), trusted like Feishu's own. */
  accountHost?: string | null;
  /** Hosts the user has allowed (settings.allowedLinkHosts). */
  allowedHosts?: readonly string[];
}

/**
 * C0/C1 controls, spaces, and the bidi/zero-width characters that make a link display as
 * something it is not. A real link percent-encodes all of these.
 */
function hasForbiddenCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) return true;
    if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
    if (code === 0xfeff || code === 0x061c) return true;
  }
  return false;
}

function parse(raw: unknown): URL | string {
  if (typeof raw !== 'string' || raw === '') return 'no link';
  if (raw.length > MAX_URL_LENGTH) return 'too long';
  if (hasForbiddenCharacter(raw)) return 'hidden or control characters';
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (parsed.username !== '' || parsed.password !== '') return 'carries credentials';
  if (parsed.href.length > MAX_URL_LENGTH) return 'too long';
  return parsed;
}

const refuse = (reason: string): LinkDecision => ({ kind: 'refuse', reason });

/** What may be done with `raw`: open it, ask the user about its host first, or refuse it. */
export function decideLink(raw: unknown, context: LinkContext = {}, depth = 0): LinkDecision {
  const url = parse(raw);
  if (typeof url === 'string') return refuse(url);
  if (url.protocol === 'feishu:' || url.protocol === 'lark:') {
    if (!isSchemeApplink(url)) return refuse('not a documented applink');
    return throughWrapper(url, context, depth);
  }
  if (url.protocol !== 'https:') return refuse(`${url.protocol} links are not opened`);
  if (url.hostname === '') return refuse('no host');
  if (isNonProductionFeishuHost(url.hostname)) return refuse('a Feishu test host');
  if (isFeishuLarkHost(url.hostname)) return throughWrapper(url, context, depth);
  if (context.accountHost && url.host === context.accountHost.toLowerCase()) return { kind: 'open', url: url.href };
  if (context.allowedHosts?.includes(url.host)) return { kind: 'open', url: url.href };
  return { kind: 'ask', url: url.href, host: url.host };
}

/** A Feishu/Lark link is opened as itself, but judged by the web page it wraps, if any. */
function throughWrapper(url: URL, context: LinkContext, depth: number): LinkDecision {
  const wrapped = wrappedUrl(url);
  if (wrapped.kind === 'none') return { kind: 'open', url: url.href };
  if (wrapped.kind === 'invalid' || depth >= MAX_NESTING) return refuse('an applink without one clear target');
  const inner = decideLink(wrapped.url, context, depth + 1);
  return inner.kind === 'refuse' ? inner : { ...inner, url: url.href };
}

/**
 * The normalised URL when the policy could ever open it (directly, or once the user allows its
 * host); null when it never will. The window shows an "open" button only for these.
 */
export function safeExternalUrl(raw: string | undefined | null): string | null {
  const decision = decideLink(raw);
  return decision.kind === 'refuse' ? null : decision.url;
}

/** The task's link of that kind, or null when it is missing or never allowed. */
export function taskLink(task: Task, kind: 'pc' | 'mobile' | 'helpdesk'): string | null {
  return safeExternalUrl(task.links[kind]);
}
