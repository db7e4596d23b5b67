import type { Task } from '../tasks/task';

// Which URLs the app may hand to the OS to open. A task's links come from the network, so they
// are hostile until proven otherwise: only https (without credentials) and the Feishu/Lark app
// schemes pass. Everything else, including plain http, is refused.

export const MAX_URL_LENGTH = 2048;
const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['https:', 'lark:', 'feishu:']);

/**
 * C0/C1 controls, spaces, and the bidi/zero-width characters that make a link display as
 * something it is not. A real link percent-encodes all of these.
 */
function hasForbiddenCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) return true;
    if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
    if (code === 0xfeff) return true;
  }
  return false;
}

/** The URL, normalised, when policy allows opening it; null otherwise. */
export function safeExternalUrl(raw: string | undefined | null): string | null {
  if (typeof raw !== 'string' || raw === '' || raw.length > MAX_URL_LENGTH) return null;
  if (hasForbiddenCharacter(raw)) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (!ALLOWED_SCHEMES.has(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.protocol === 'https:' && parsed.hostname === '') return null;
  // An app-scheme link with nothing after the colon opens nothing useful.
  if (parsed.protocol !== 'https:' && parsed.href.length <= parsed.protocol.length) return null;
  const href = parsed.href;
  return href.length > MAX_URL_LENGTH ? null : href;
}

/** The task's link of that kind, or null when it is missing or not allowed. */
export function taskLink(task: Task, kind: 'pc' | 'mobile' | 'helpdesk'): string | null {
  return safeExternalUrl(task.links[kind]);
}
