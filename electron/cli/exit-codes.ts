import type { ApiErrorKind } from '../../shared/feishu/api-error';
import type { DecisionFailureReason } from '../../shared/approval/decision-failure';

// The CLI's documented exit codes (README "CLI"). Scripts and status bars branch on these.
export const EXIT = {
  ok: 0,
  /** Failures that are not the API's: bad state file, keychain trouble, a failed login. */
  failed: 1,
  usage: 2,
  /** No token, or it expired / is invalid and cannot be renewed. */
  signIn: 3,
  /** The API refused: missing permission, or a parameter it rejects. */
  refused: 4,
  /** Network, server, rate limit or malformed answers, after retries. */
  unavailable: 5,
  quota: 6,
} as const;

export function exitCodeFor(kind: ApiErrorKind): number {
  switch (kind) {
    case 'auth-expired':
    case 'auth-invalid':
      return EXIT.signIn;
    case 'permission':
    case 'bad-request':
      return EXIT.refused;
    case 'quota-exhausted':
      return EXIT.quota;
    case 'rate-limited':
    case 'server':
    case 'network':
    case 'malformed':
      return EXIT.unavailable;
  }
}

/** Wrong flags or arguments: one line on stderr, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Not signed in and no token given: exit 3 with a hint. */
export class SignInNeededError extends Error {
  override name = 'SignInNeededError';
}

/**
 * approve / reject: the exit code for why a decision did not go through (the same table the app
 * uses, shared/approval/decision-failure.ts). 4: Feishu refused and nothing was done (not in the
 * to-do list, already handled, a signature, no API actions, a missing scope); 3: sign in again;
 * 5: no clear answer (the to-do list was read again to say what it shows); 6: quota.
 */
export function exitCodeForDecision(reason: DecisionFailureReason): number {
  switch (reason) {
    case 'sign-in':
      return EXIT.signIn;
    case 'uncertain':
      return EXIT.unavailable;
    case 'quota':
      return EXIT.quota;
    case 'already-done':
    case 'signature':
    case 'not-supported':
    case 'missing-scope':
    case 'refused':
      return EXIT.refused;
  }
}
