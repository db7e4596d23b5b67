import type { SandboxReply } from '../sandbox-types';

// Error answers in the shape of the v2 OAuth endpoint: Feishu's `code` plus OAuth's
// `error`/`error_description`. Never echoes a secret or token back.
export function oauthError(status: number, code: number, error: string, description: string): SandboxReply {
  return { status, body: { code, error, error_description: description, msg: description } };
}

/** Feishu's API error body for a bad bearer token. */
export function tokenError(reason: 'missing' | 'invalid' | 'expired'): SandboxReply {
  if (reason === 'missing') return { status: 400, body: { code: 99991661, msg: 'Missing access token for authorization.' } };
  if (reason === 'expired') return { status: 400, body: { code: 99991677, msg: 'Authentication token expired.' } };
  return { status: 400, body: { code: 99991668, msg: 'Invalid access token for authorization.' } };
}

export function bearer(headers: Record<string, string | string[] | undefined>): string | null {
  const value = headers.authorization;
  const text = Array.isArray(value) ? value[0] : value;
  const match = /^Bearer\s+(\S+)$/i.exec(text ?? '');
  return match?.[1] ?? null;
}
