import { ApiError, type ApiErrorKind } from './api-error';
import { KNOWN_CODES } from './error-codes';
import { missingScope, missingScopeMessage } from './missing-scope';

// Turns an HTTP answer into null (success) or an ApiError. Feishu's HTTP status varies (200,
// 400, 429) for the same failure, so the body's `code` decides first and the status second.

export interface HeaderReader {
  get(name: string): string | null;
}

export interface ClassifyInput {
  httpStatus: number;
  headers: HeaderReader;
  /** The parsed JSON body, or undefined when it was not JSON. */
  body: unknown;
  request: string;
}

/** A hostile or broken reset header must not park polling for days. */
const MAX_RETRY_AFTER_MS = 3_600_000;

/** Undefined when the server named no usable wait: the caller then falls back to its backoff. */
function retryAfterMs(headers: HeaderReader): number | undefined {
  const raw = (headers.get('x-ogw-ratelimit-reset') ?? headers.get('retry-after'))?.trim();
  const seconds = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  return Math.min(Math.ceil(seconds * 1000), MAX_RETRY_AFTER_MS);
}

function byHttpStatus(status: number): { kind: ApiErrorKind; message: string } | null {
  if (status === 429) return { kind: 'rate-limited', message: 'Feishu asked us to slow down; will retry after the limit resets.' };
  if (status === 401) return { kind: 'auth-invalid', message: 'Feishu refused the sign-in; please sign in again.' };
  if (status === 403) return { kind: 'permission', message: 'Feishu refused access; an admin may need to grant a permission.' };
  if (status >= 500) return { kind: 'server', message: `Feishu's server failed (HTTP ${status}); will retry shortly.` };
  if (status >= 400) return { kind: 'bad-request', message: `Feishu refused the request (HTTP ${status}); this is a bug or a wrong setting.` };
  return null;
}

function numericCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

export function classifyResponse(input: ClassifyInput): ApiError | null {
  const { httpStatus, headers, body, request } = input;
  const envelope = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  const code = numericCode(envelope?.code);
  const error = envelope?.error !== null && typeof envelope?.error === 'object' ? (envelope.error as Record<string, unknown>) : undefined;
  const bodyLogId = typeof error?.log_id === 'string' && error.log_id !== '' ? error.log_id : undefined;
  const common = {
    code,
    feishuMsg: typeof envelope?.msg === 'string' ? envelope.msg : undefined,
    logId: bodyLogId ?? headers.get('x-tt-logid') ?? undefined,
    httpStatus,
    request,
  };
  const success = httpStatus >= 200 && httpStatus < 300;
  if (code === 0 && success) return null;

  const known = code === undefined ? undefined : KNOWN_CODES.get(code);
  const chosen = known ?? byHttpStatus(httpStatus);
  if (chosen) {
    const scope = chosen.kind === 'permission' ? missingScope(envelope) : undefined;
    return new ApiError({
      ...common,
      kind: chosen.kind,
      message: (scope && missingScopeMessage(code, scope)) || chosen.message,
      scope,
      retryAfterMs: chosen.kind === 'rate-limited' ? retryAfterMs(headers) : undefined,
    });
  }
  if (envelope === undefined) return malformedResponse('the body is not a JSON object', request, httpStatus);
  if (code === undefined) return malformedResponse('the body has no numeric "code"', request, httpStatus);
  // A failure code we do not know, on a 2xx: treat as transient so polling backs off, not stops.
  return new ApiError({ ...common, kind: 'server', message: `Feishu answered with error code ${code}; will retry shortly.` });
}

function isAbort(error: unknown): { aborted: boolean; timedOut: boolean } {
  const name = error !== null && typeof error === 'object' && 'name' in error ? (error as { name: unknown }).name : undefined;
  return { aborted: name === 'AbortError' || name === 'TimeoutError', timedOut: name === 'TimeoutError' };
}

/** Why the socket failed ("ECONNREFUSED"), when the runtime says; never the URL or headers. */
function causeCode(error: unknown): string | undefined {
  const cause = error !== null && typeof error === 'object' && 'cause' in error ? (error as { cause: unknown }).cause : undefined;
  const code = cause !== null && typeof cause === 'object' && 'code' in cause ? (cause as { code: unknown }).code : undefined;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : undefined;
}

export function classifyNetworkError(error: unknown, request: string): ApiError {
  const { aborted, timedOut } = isAbort(error);
  if (timedOut) return new ApiError({ kind: 'network', message: 'The request to Feishu timed out.', request });
  if (aborted) return new ApiError({ kind: 'network', message: 'The request to Feishu was cancelled.', request });
  const cause = causeCode(error);
  const message = cause ? `Could not reach Feishu (${cause}); will retry shortly.` : 'Could not reach Feishu; will retry shortly.';
  return new ApiError({ kind: 'network', message, request });
}

export function malformedResponse(reason: string, request: string, httpStatus?: number): ApiError {
  return new ApiError({ kind: 'malformed', message: `Feishu's answer could not be understood: ${reason}.`, request, httpStatus });
}
