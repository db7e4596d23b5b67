// What the sandbox's sign-in endpoints remember: authorization codes, refresh tokens and the
// knobs tests turn (lifetimes, failures, a delay to make parallel refreshes overlap).

export interface AuthSandboxSettings {
  accessTtlSec: number;
  refreshTtlSec: number;
  tenantTtlSec: number;
  codeTtlMs: number;
  /** Hold each refresh this long, so parallel callers would overlap if the client let them. */
  refreshDelayMs: number;
  /** Fail the next `times` refreshes with this code (e.g. 20050 busy, 20064 revoked). */
  refreshFailure: { code: number; times: number } | null;
  /** The app has refresh tokens switched off (20074). */
  refreshDisabled: boolean;
  /**
   * Scopes the consent page leaves out of every grant even when asked for: a tenant whose console
   * does not let users grant them. The token's `scope` omits them and the APIs answer 99991679.
   */
  withheldScopes: string[];
}

export interface IssuedCode {
  appId: string;
  redirectUri: string;
  challenge: string;
  /** What the user granted: the scopes asked for, minus any withheld. */
  scope: string;
  userId: string;
  expiresAt: number;
}

export interface IssuedRefreshToken {
  appId: string;
  userId: string;
  scope: string;
  expiresAt: number;
  used: boolean;
  revoked: boolean;
}

export interface AuthSandboxState {
  settings: AuthSandboxSettings;
  codes: Map<string, IssuedCode>;
  usedCodes: Set<string>;
  refreshTokens: Map<string, IssuedRefreshToken>;
}

export function createAuthSandboxState(): AuthSandboxState {
  return {
    settings: {
      accessTtlSec: 7200,
      refreshTtlSec: 604_800,
      tenantTtlSec: 7200,
      codeTtlMs: 5 * 60_000,
      refreshDelayMs: 0,
      refreshFailure: null,
      refreshDisabled: false,
      withheldScopes: [],
    },
    codes: new Map(),
    usedCodes: new Set(),
    refreshTokens: new Map(),
  };
}
