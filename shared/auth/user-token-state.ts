import type { OAuthTokens } from './oauth-client';

// A user's tokens with absolute expiry times (epoch ms), as the keychain (tokens) and the account
// settings (times) hold them between them.
export interface UserTokenState {
  accessToken: string | null;
  accessExpiresAt: number | null;
  refreshToken: string | null;
  refreshExpiresAt: number | null;
  /** The scopes the grant that issued these tokens named (space separated); only right after a grant. */
  scope?: string;
}

/** Turn the lifetimes a token endpoint returned into absolute times; never assume constants. */
export function stateFromTokens(tokens: OAuthTokens, now: number, previous?: UserTokenState): UserTokenState {
  const rotated = tokens.refreshToken !== undefined;
  return {
    accessToken: tokens.accessToken,
    accessExpiresAt: now + tokens.expiresInSec * 1000,
    // A server that does not rotate keeps the old refresh token valid; one that does sends a new one.
    refreshToken: rotated ? (tokens.refreshToken ?? null) : (previous?.refreshToken ?? null),
    refreshExpiresAt: rotated
      ? tokens.refreshExpiresInSec !== undefined
        ? now + tokens.refreshExpiresInSec * 1000
        : null
      : (previous?.refreshExpiresAt ?? null),
    ...(tokens.scope !== undefined ? { scope: tokens.scope } : {}),
  };
}
