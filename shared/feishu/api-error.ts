// Every failure the API (or the road to it) can produce, reduced to the few kinds the app acts
// on. classify-error.ts builds these; the poller, CLI, tray and window only read `kind`.
export const API_ERROR_KINDS = [
  'auth-expired', // the token expired: refresh once, retry once
  'auth-invalid', // the token is invalid, missing or cannot be refreshed: sign in again
  'permission', // a scope, the app's availability or the IP allow list refuses us: an admin must act
  'quota-exhausted', // the tenant's monthly API quota is used up: wait for the 1st
  'rate-limited', // too many calls: wait exactly retryAfterMs
  'bad-request', // we sent something the API refuses (a bug or a bad setting)
  'server', // the API failed on its side: back off and retry
  'network', // we never got an answer: back off and retry
  'malformed', // the answer was not what the contract says
] as const;
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

export interface ApiErrorDetails {
  kind: ApiErrorKind;
  /** One sentence a person understands. Never contains a token or secret. */
  message: string;
  /** Feishu's body `code`, when there was one. */
  code?: number;
  /** Feishu's body `msg`, verbatim, for support. */
  feishuMsg?: string;
  /** Feishu's `error.log_id`, for support. */
  logId?: string;
  httpStatus?: number;
  /** For rate-limited: how long the server asked us to wait. */
  retryAfterMs?: number;
  /** The scope a permission error named (99991672/99991679), when it named a plain one. */
  scope?: string;
  /** What we were doing ("tasks/query topic=1 page 2"), never with credentials. */
  request?: string;
}

export class ApiError extends Error implements ApiErrorDetails {
  readonly kind: ApiErrorKind;
  readonly code?: number;
  readonly feishuMsg?: string;
  readonly logId?: string;
  readonly httpStatus?: number;
  readonly retryAfterMs?: number;
  readonly request?: string;
  readonly scope?: string;

  constructor(details: ApiErrorDetails) {
    super(details.message);
    this.name = 'ApiError';
    this.kind = details.kind;
    this.code = details.code;
    this.feishuMsg = details.feishuMsg;
    this.logId = details.logId;
    this.httpStatus = details.httpStatus;
    this.retryAfterMs = details.retryAfterMs;
    this.request = details.request;
    this.scope = details.scope;
  }

  /** A plain object safe to log, print as JSON or send to the renderer. */
  toJSON(): ApiErrorDetails {
    return {
      kind: this.kind,
      message: this.message,
      code: this.code,
      feishuMsg: this.feishuMsg,
      logId: this.logId,
      httpStatus: this.httpStatus,
      retryAfterMs: this.retryAfterMs,
      request: this.request,
      scope: this.scope,
    };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
