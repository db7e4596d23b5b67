import type { TokenSource } from './token-source';
import { ApiError } from '../feishu/api-error';
import type { ApiErrorKind } from '../feishu/api-error';
import { isApiError } from '../feishu/api-error';
import { AuthError, isAuthError } from './auth-error';
import type { OAuthTokens } from './oauth-client';
import { NO_REFRESH_LOCK } from './refresh-lock-port';
import type { RefreshGrant, RefreshLockPort } from './refresh-lock-port';
import { rotatedElsewhere } from './rotated-elsewhere';
import { stateFromTokens } from './user-token-state';
import type { UserTokenState } from './user-token-state';

// A TokenSource for an OAuth user token with a rotating, single-use refresh token.
// - renews before expiry (returned lifetimes minus a margin) and when the API rejects the token;
// - exactly one refresh in flight: every caller waiting meanwhile shares its result; across
//   processes (the app and CLI runs share the keychain) the refresh runs under a lock, and the
//   saved tokens are read again once it is held: another process may have rotated them already;
// - "already used" and friends mark the account dead only after a re-read shows nobody else
//   rotated the token meanwhile;
// - the new state (above all the new refresh token) is persisted BEFORE the new access token is
//   handed to anyone, so a crash can never leave the keychain holding a consumed refresh token;
// - when renewal fails for good it reports needs-sign-in once and stops calling the server.

export interface RefreshingTokenSourceOptions {
  /** Read the saved tokens (keychain + account times); called once, lazily. */
  load(): Promise<UserTokenState>;
  /** The refresh_token grant (OAuthClient.refresh, or a token broker). */
  refresh: RefreshGrant;
  /**
   * Read the saved tokens again, bypassing what is in memory. Called with the lock held, before
   * refreshing, and after a refusal, to see another process's rotation. Default: no re-read.
   */
  reload?(): Promise<UserTokenState>;
  /** Makes the refresh single-flight across processes (default: this process only). */
  lock?: RefreshLockPort;
  /**
   * Wait before the last look after an "already used": a process outside the lock that won the
   * race may still be saving what it got. Without it there is one immediate re-read only.
   */
  sleep?(ms: number): Promise<void>;
  /** Save the new state; must resolve before the new access token may be used. */
  persist(next: UserTokenState): Promise<void>;
  onNeedsSignIn(message: string): void;
  /** The keychain refused the new tokens: the session goes on in memory, but says so. */
  onPersistFailed?(message: string): void;
  now(): number;
  /** Renew this long before expiry (default 5 min; capped at half the token's lifetime). */
  marginMs?: number;
  /** A token rejected this soon after a refresh means refreshing does not help (default 60 s). */
  freshWindowMs?: number;
}

/** Long enough for another process to save a rotation it just received (keychain writes). */
const LAST_LOOK_AFTER_MS = 1500;

export function createRefreshingTokenSource(options: RefreshingTokenSourceOptions): TokenSource {
  const marginMs = options.marginMs ?? 5 * 60_000;
  const freshWindowMs = options.freshWindowMs ?? 60_000;
  let loaded: Promise<UserTokenState> | null = null;
  let state: UserTokenState | null = null;
  let inFlight: Promise<string | null> | null = null;
  let deadMessage: string | null = null;
  let refreshedAt = -Infinity;
  let lifetimeMs = Infinity;

  async function current(): Promise<UserTokenState> {
    // A loaded token's full lifetime is unknown, so the whole margin applies until the first refresh.
    loaded ??= options.load().then(
      (value) => {
        state ??= value;
        return value;
      },
      (error: unknown) => {
        loaded = null; // a locked keychain may open later: try again next time
        throw error;
      },
    );
    await loaded;
    return state as UserTokenState;
  }

  function usable(s: UserTokenState, withMargin: boolean): s is UserTokenState & { accessToken: string } {
    if (!s.accessToken) return false;
    if (s.accessExpiresAt === null) return true;
    const margin = withMargin ? Math.min(marginMs, lifetimeMs / 2) : 0;
    return options.now() < s.accessExpiresAt - margin;
  }

  function giveUp(message: string): null {
    if (deadMessage === null) {
      deadMessage = message;
      options.onNeedsSignIn(message);
    }
    return null;
  }

  async function runRefresh(rejected: string | undefined): Promise<string | null> {
    const held = await current();
    // The lock's own failures (waited too long, say) are "try later", never "sign in again".
    return (options.lock ?? NO_REFRESH_LOCK).hold(() => refreshUnderLock(held, rejected)).catch((error: unknown) => {
      throw toApiError(error);
    });
  }

  async function reread(fallback: UserTokenState): Promise<UserTokenState> {
    return options.reload ? options.reload() : fallback;
  }

  /** Another process's rotation: use its tokens rather than spend the refresh token again. */
  function adopt(theirs: UserTokenState): string | null {
    state = theirs;
    return theirs.accessToken;
  }

  async function rotatedSince(spent: UserTokenState): Promise<UserTokenState | null> {
    const soon = rotatedElsewhere(spent, await reread(spent), options.now());
    if (soon || !options.reload || !options.sleep) return soon;
    await options.sleep(LAST_LOOK_AFTER_MS);
    return rotatedElsewhere(spent, await reread(spent), options.now());
  }

  async function refreshUnderLock(held: UserTokenState, rejected: string | undefined): Promise<string | null> {
    const before = await reread(held);
    // Saved meanwhile by another process (or with times this process had not seen): use it.
    const theirs = rotatedElsewhere(held, before, options.now()) ?? before;
    if (theirs.accessToken !== rejected && usable(theirs, true)) return adopt(theirs);
    if (!before.refreshToken) return giveUp('This sign-in cannot be renewed (no refresh token). Sign in again.');
    if (before.refreshExpiresAt !== null && options.now() >= before.refreshExpiresAt) {
      return giveUp('The saved sign-in has expired. Sign in again.');
    }
    let tokens: OAuthTokens;
    try {
      tokens = await options.refresh(before.refreshToken);
    } catch (error) {
      if (isAuthError(error) && error.kind === 'needs-sign-in') {
        // "Already used" may only mean that a process outside the lock won the race: look first.
        const after = await rotatedSince(before);
        if (after) return adopt(after);
      }
      if (isAuthError(error) && (error.kind === 'needs-sign-in' || error.kind === 'bad-credentials')) return giveUp(error.message);
      throw toApiError(error);
    }
    const next = stateFromTokens(tokens, options.now(), before);
    try {
      await options.persist(next);
    } catch {
      // The old refresh token is already spent, so the new one in memory is the only live one.
      options.onPersistFailed?.('The keychain did not accept the renewed sign-in; you will have to sign in again after a restart.');
    }
    state = next;
    lifetimeMs = tokens.expiresInSec * 1000;
    refreshedAt = options.now();
    return next.accessToken;
  }

  /** Join the refresh in flight, or start the only one. */
  function refreshOnce(rejected?: string): Promise<string | null> {
    inFlight ??= runRefresh(rejected).finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    async getAccessToken() {
      if (deadMessage !== null) throw signInAgain(deadMessage);
      const s = await current();
      if (inFlight) return orThrow(await inFlight);
      if (usable(s, true)) return s.accessToken;
      try {
        return orThrow(await refreshOnce());
      } catch (error) {
        // A busy auth server should not stop us while the old token still works.
        const now = await current();
        if (usable(now, false)) return now.accessToken;
        throw error;
      }
    },
    async renewAfterRejection(rejected) {
      if (deadMessage !== null) return null;
      const s = await current();
      if (inFlight) return inFlight;
      if (s.accessToken !== rejected && usable(s, false)) return s.accessToken;
      if (options.now() - refreshedAt < freshWindowMs) {
        return giveUp('The server rejected a token it had just issued. Sign in again.');
      }
      return refreshOnce(rejected);
    },
  };

  function orThrow(token: string | null): string {
    if (token === null) throw signInAgain(deadMessage ?? 'Sign in again.');
    return token;
  }
}

function signInAgain(message: string): ApiError {
  return new ApiError({ kind: 'auth-invalid', message, request: 'token refresh' });
}

function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error; // e.g. the keychain could not be read again
  if (!(error instanceof AuthError)) return new ApiError({ kind: 'network', message: 'Renewing the sign-in failed unexpectedly.', request: 'token refresh' });
  const kind: ApiErrorKind = error.kind === 'network' ? 'network' : error.kind === 'malformed' ? 'malformed' : 'server';
  return new ApiError({ kind, message: error.message, code: error.code, request: 'token refresh' });
}
