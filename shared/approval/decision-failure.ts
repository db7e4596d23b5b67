import type { ApiErrorKind } from '../feishu/api-error';
import { isApiError } from '../feishu/api-error';
import { APPROVAL_SCOPES } from './approval-scopes';

// Why an approve / reject did not go through, in the few kinds the app and the CLI act on alike
// (the window words them in decision-messages.ts; the CLI maps them to exit codes). One table so
// the tray and `approval-tray approve` never disagree about what an error means.
//
// Whether a failed write may have happened decides what comes next: a refusal (signature, scope,
// not supported) certainly did nothing; "already done" (1390010) and every transient failure
// (lost answer, 5xx, 1395001 "try later", rate limit) leave it open, so the caller re-reads the
// to-do list before it says anything, and never sends the write again on its own.

export type DecisionFailureReason =
  /** 1390010, or the task is not in the to-do list (any more): handled elsewhere, or not yours. */
  | 'already-done'
  /** 1390018: needs a handwritten signature, which the API cannot give. */
  | 'signature'
  /** support_api_operate false, or 1390013: this approval cannot be acted on through the API. */
  | 'not-supported'
  /** 99991672 / 99991676 / 99991679: a scope is missing (`scope` names it). */
  | 'missing-scope'
  /** The token expired or is invalid: sign in again. */
  | 'sign-in'
  /** The answer was lost or said "try later": it may or may not have happened. */
  | 'uncertain'
  /** The organisation's monthly API quota is used up. */
  | 'quota'
  /** Any other refusal (a parameter, the app's availability): nothing was done. */
  | 'refused';

export interface DecisionFailure {
  reason: DecisionFailureReason;
  /** For missing-scope: the scope to grant (the error's, else approval:task:write). */
  scope?: string;
  /** The user can only settle it in Feishu: the window offers Open in Feishu. */
  openInFeishu: boolean;
  /** The write may have happened: re-read the to-do list before reporting, never resend. */
  recheck: boolean;
  /** The API's own sentence (English; already free of secrets), for the CLI and the log. */
  detail: string;
  /** Feishu's code and log id, for support. */
  code?: number;
  logId?: string;
}

const ALREADY_DONE = new Set([1390010]);
const SIGNATURE = new Set([1390018]);
const NOT_SUPPORTED = new Set([1390013]);
const SCOPE_CODES = new Set([99991672, 99991676, 99991679]);
const UNCERTAIN_KINDS: ReadonlySet<ApiErrorKind> = new Set(['network', 'server', 'malformed', 'rate-limited']);

export function classifyDecisionError(error: unknown): DecisionFailure {
  if (!isApiError(error)) {
    // Not the API's: a bug or a socket torn down mid-way. It may have reached Feishu.
    return { reason: 'uncertain', openInFeishu: false, recheck: true, detail: error instanceof Error ? error.message : String(error) };
  }
  const base = { detail: error.message, code: error.code, logId: error.logId };
  const code = error.code ?? -1;
  if (ALREADY_DONE.has(code)) return { ...base, reason: 'already-done', openInFeishu: true, recheck: true };
  if (SIGNATURE.has(code)) return { ...base, reason: 'signature', openInFeishu: true, recheck: false };
  if (NOT_SUPPORTED.has(code)) return { ...base, reason: 'not-supported', openInFeishu: true, recheck: false };
  if (SCOPE_CODES.has(code) || (error.kind === 'permission' && error.scope)) {
    return { ...base, reason: 'missing-scope', scope: error.scope ?? APPROVAL_SCOPES.act, openInFeishu: true, recheck: false };
  }
  if (error.kind === 'auth-expired' || error.kind === 'auth-invalid') return { ...base, reason: 'sign-in', openInFeishu: false, recheck: false };
  if (error.kind === 'quota-exhausted') return { ...base, reason: 'quota', openInFeishu: true, recheck: false };
  if (UNCERTAIN_KINDS.has(error.kind)) return { ...base, reason: 'uncertain', openInFeishu: false, recheck: true };
  return { ...base, reason: 'refused', openInFeishu: true, recheck: false };
}

/** A failure found before any write: the task is not (or no longer) in the to-do list. */
export function notInTodo(): DecisionFailure {
  return { reason: 'already-done', openInFeishu: true, recheck: false, detail: 'The task is not in your to-do list: it was already handled, or it is not yours.' };
}

/** A failure found before any write: the list says the API cannot act on this task. */
export function notSupported(): DecisionFailure {
  return { reason: 'not-supported', openInFeishu: true, recheck: false, detail: 'This task cannot be approved or rejected through the API (support_api_operate is false).' };
}
