// Where the API client gets its bearer token. One interface for every sign-in mode (pasted user
// token, OAuth user token with refresh, tenant token); the client never knows which it has.
export interface TokenSource {
  /** A token valid now; implementations refresh first when it is about to expire. */
  getAccessToken(): Promise<string>;
  /**
   * The API rejected `rejected` (expired or invalid). Return a fresh token to retry with once,
   * or null when nothing can be done (the caller then reports "sign in again"). Implementations
   * keep exactly one refresh in flight however many requests ask at once.
   */
  renewAfterRejection?(rejected: string, kind: 'auth-expired' | 'auth-invalid'): Promise<string | null>;
}

/** A fixed token (pasted by the user, or given to the CLI): nothing to renew. */
export function staticTokenSource(token: string): TokenSource {
  return { getAccessToken: async () => token };
}
