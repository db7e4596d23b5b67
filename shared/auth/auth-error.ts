// What can go wrong while signing in or renewing a token, reduced to what the app does about it.
// Messages are for people and never contain a token, code or secret.

export const AUTH_ERROR_KINDS = [
  'needs-sign-in', // the refresh token is dead (invalid, expired, revoked, used, or refresh disabled)
  'retry-later', // the auth server is busy or failing: keep the session, try again later
  'bad-credentials', // App ID / App Secret refused
  'access-denied', // the user declined in the browser
  'timeout', // nobody completed sign-in in time
  'port-in-use', // the loopback callback port is taken
  'cancelled', // the app (or user) cancelled the sign-in
  'keychain', // secrets could not be stored
  'network', // no answer from the server
  'malformed', // the server's answer was not what the contract says
  'rejected', // any other refusal (message says which)
] as const;
export type AuthErrorKind = (typeof AUTH_ERROR_KINDS)[number];

export class AuthError extends Error {
  readonly kind: AuthErrorKind;
  readonly code?: number;

  constructor(kind: AuthErrorKind, message: string, code?: number) {
    super(message);
    this.name = 'AuthError';
    this.kind = kind;
    this.code = code;
  }
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}
