import type { FetchResponse } from './fetch-port';

// Calls that carry a secret (the App Secret, a code, a refresh or access token) never follow a
// redirect: a 307/308 re-sends the body and the Authorization header to wherever it points.
// Every FetchInit says `redirect: 'manual'`; a 3xx (or the opaque status 0 a browser-style
// fetch gives for one) comes back here as a message instead.

export const NO_REDIRECTS = 'manual' as const;

/** Null when the answer is not a redirect; else one sentence saying where it pointed (origin only). */
export function redirectMessage(response: FetchResponse, what: string): string | null {
  const status = response.status;
  if (status !== 0 && (status < 300 || status > 399)) return null;
  const target = originOf(response.headers.get('location'));
  const to = target ? ` to ${target}` : '';
  return `${what}: the server redirected (HTTP ${status})${to}; credentials are never sent on to another address. Check the base URL.`;
}

/**
 * Some runtimes refuse a manual redirect by throwing instead of answering (Electron's net.fetch
 * in some versions: "Redirect was cancelled"; undici's 'error' mode: "unexpected redirect").
 */
export function thrownForRedirect(error: unknown, what: string): string | null {
  const messages = [error, error !== null && typeof error === 'object' && 'cause' in error ? (error as { cause: unknown }).cause : undefined].map((e) =>
    e instanceof Error ? e.message : '',
  );
  if (!messages.some((m) => /redirect/i.test(m))) return null;
  return `${what}: the server redirected to another address; credentials are never sent on to another address. Check the base URL.`;
}

function originOf(location: string | null): string | null {
  if (!location) return null;
  try {
    const origin = new URL(location).origin;
    // Only printable host names: this text reaches terminals and logs.
    return /^https?:\/\/[A-Za-z0-9.:[\]-]+$/.test(origin) ? origin : null;
  } catch {
    return null; // relative or garbage: same origin or not worth quoting
  }
}
