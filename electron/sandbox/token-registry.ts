import { randomBytes } from 'node:crypto';

// The sandbox's access tokens: who each belongs to and until when. Tokens are opaque strings; a
// revoked or never-issued token is 'invalid', a token past its lifetime is 'expired'.

export type TokenKind = 'user' | 'tenant';
export type TokenCheck = { ok: true; userId: string; kind: TokenKind } | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

export interface TokenRegistry {
  issue(input: { userId: string; ttlMs: number; token?: string; kind?: TokenKind }): string;
  check(token: string): TokenCheck;
  expire(token: string): void;
  revoke(token: string): void;
}

interface IssuedToken {
  userId: string;
  kind: TokenKind;
  expiresAt: number;
}

export function createTokenRegistry(now: () => number, randomToken: () => string = defaultRandomToken()): TokenRegistry {
  const issued = new Map<string, IssuedToken>();
  return {
    issue({ userId, ttlMs, token, kind = 'user' }) {
      const value = token ?? `${kind === 'user' ? 'u' : 't'}-${randomToken()}`;
      issued.set(value, { userId, kind, expiresAt: now() + ttlMs });
      return value;
    },
    check(token) {
      if (!token) return { ok: false, reason: 'missing' };
      const entry = issued.get(token);
      if (!entry) return { ok: false, reason: 'invalid' };
      if (now() >= entry.expiresAt) return { ok: false, reason: 'expired' };
      return { ok: true, userId: entry.userId, kind: entry.kind };
    },
    expire(token) {
      const entry = issued.get(token);
      if (entry) entry.expiresAt = Math.min(entry.expiresAt, now());
    },
    revoke(token) {
      issued.delete(token);
    },
  };
}

function defaultRandomToken(): () => string {
  return () => randomBytes(18).toString('base64url');
}
