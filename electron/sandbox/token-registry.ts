import { randomBytes } from 'node:crypto';

// The sandbox's access tokens: who each belongs to and until when. Tokens are opaque strings; a
// revoked or never-issued token is 'invalid', a token past its lifetime is 'expired'.
// Each token also carries which scopes it lacks (default: none, every scope granted): tests
// switch a scope off per token to play a tenant whose console or user did not grant it.

export type TokenKind = 'user' | 'tenant';
export type TokenCheck = { ok: true; userId: string; kind: TokenKind } | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

export interface TokenRegistry {
  issue(input: { userId: string; ttlMs: number; token?: string; kind?: TokenKind }): string;
  check(token: string): TokenCheck;
  expire(token: string): void;
  revoke(token: string): void;
  /** Scopes this token lacks: `notGranted` (the user did not grant: 99991679) or `notAppliedFor` (the app lacks: 99991672). Empty lists restore all. */
  restrictScopes(token: string, lacks: ScopeGaps): void;
  /** Why `token` may not use `scope`, or null when it may. */
  scopeGap(token: string, scope: string): 'not-granted' | 'not-applied-for' | null;
}

export interface ScopeGaps {
  notGranted?: readonly string[];
  notAppliedFor?: readonly string[];
}

interface IssuedToken {
  userId: string;
  kind: TokenKind;
  expiresAt: number;
}

export function createTokenRegistry(now: () => number, randomToken: () => string = defaultRandomToken()): TokenRegistry {
  const issued = new Map<string, IssuedToken>();
  const gaps = new Map<string, { notGranted: Set<string>; notAppliedFor: Set<string> }>();
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
      gaps.delete(token);
    },
    restrictScopes(token, lacks) {
      gaps.set(token, { notGranted: new Set(lacks.notGranted ?? []), notAppliedFor: new Set(lacks.notAppliedFor ?? []) });
    },
    scopeGap(token, scope) {
      const gap = gaps.get(token);
      if (gap?.notAppliedFor.has(scope)) return 'not-applied-for';
      if (gap?.notGranted.has(scope)) return 'not-granted';
      return null;
    },
  };
}

function defaultRandomToken(): () => string {
  return () => randomBytes(18).toString('base64url');
}
