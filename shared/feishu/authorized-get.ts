import type { TokenSource } from '../auth/token-source';
import { ApiError, isApiError } from './api-error';
import { classifyNetworkError, classifyResponse, malformedResponse } from './classify-error';
import { KNOWN_CODES } from './error-codes';
import type { FetchPort } from './fetch-port';
import { checkActualSize, checkDeclaredSize } from './page-guard';
import { NO_REDIRECTS, redirectMessage, thrownForRedirect } from './redirects';

// One authorised GET (or JSON POST) that returns parsed JSON or throws an ApiError. When the
// token is refused as expired/invalid it asks the token source once for a fresh one and retries
// once: Feishu refuses such a request before acting on it, so even a write is safe to resend.

export interface AuthorizedGetOptions {
  fetch: FetchPort;
  tokens: TokenSource;
  maxResponseBytes: number;
}

export interface AuthorizedGetRequest {
  url: string;
  /** What we are doing, for error messages ("tasks/query topic=1 page 2"). */
  request: string;
  signal?: AbortSignal;
  /** Default GET; a POST sends `body` as application/json. */
  method?: 'GET' | 'POST';
  body?: string;
  /** Called right before each HTTP request goes out (retries included). */
  onCall?: () => void;
}

export type AuthorizedGet = (request: AuthorizedGetRequest) => Promise<{ body: object; httpStatus: number; calls: number }>;

/** A server could echo the token back in `msg`: make sure it never leaves this module. */
function redacted(error: ApiError, token: string): ApiError {
  // Shorter "tokens" only appear in tests; scrubbing them would garble every message.
  if (token.length < 8) return error;
  const scrub = (value: string | undefined) => (value?.includes(token) ? value.split(token).join('[redacted]') : value);
  const details = error.toJSON();
  if (scrub(details.message) === details.message && scrub(details.feishuMsg) === details.feishuMsg && scrub(details.logId) === details.logId) {
    return error;
  }
  return new ApiError({ ...details, message: scrub(details.message) ?? '', feishuMsg: scrub(details.feishuMsg), logId: scrub(details.logId) });
}

async function tokenFrom(get: () => Promise<string | null>, request: string): Promise<string | null> {
  try {
    return await get();
  } catch (error) {
    if (isApiError(error)) throw error;
    throw new ApiError({ kind: 'auth-invalid', message: 'Could not get an access token; please sign in again.', request });
  }
}

export function createAuthorizedGet(options: AuthorizedGetOptions): AuthorizedGet {
  const { fetch, tokens, maxResponseBytes } = options;

  async function once(url: string, token: string, request: string, signal: AbortSignal | undefined, post: string | undefined) {
    if (signal?.aborted) throw classifyNetworkError(signal.reason ?? { name: 'AbortError' }, request);
    let text: string;
    let status: number;
    let headers: { get(name: string): string | null };
    try {
      const sent: Record<string, string> = post === undefined ? { Authorization: `Bearer ${token}` } : { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json; charset=utf-8' };
      const init = { method: post === undefined ? ('GET' as const) : ('POST' as const), headers: sent, signal, redirect: NO_REDIRECTS };
      const response = await fetch(url, post === undefined ? init : { ...init, body: post });
      const redirected = redirectMessage(response, request);
      if (redirected) throw new ApiError({ kind: 'bad-request', message: redirected, httpStatus: response.status, request });
      status = response.status;
      headers = response.headers;
      const tooBig = checkDeclaredSize(headers.get('content-length'), maxResponseBytes, request, status);
      if (tooBig) throw tooBig;
      text = await response.text();
    } catch (error) {
      if (isApiError(error)) throw error;
      const redirected = thrownForRedirect(error, request);
      if (redirected) throw new ApiError({ kind: 'bad-request', message: redirected, request });
      throw classifyNetworkError(error, request);
    }
    const tooBig = checkActualSize(text, maxResponseBytes, request, status);
    if (tooBig) throw tooBig;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status, headers, body };
  }

  return async ({ url, request, signal, onCall, method, body: postBody }) => {
    const post = method === 'POST' ? (postBody ?? '{}') : undefined;
    let token = await tokenFrom(() => tokens.getAccessToken(), request);
    if (token === null || token === '') throw new ApiError({ kind: 'auth-invalid', message: 'No access token; please sign in.', request });
    let calls = 0;
    for (let attempt = 0; ; attempt++) {
      onCall?.();
      calls++;
      const { status, headers, body } = await once(url, token, request, signal, post);
      const error = classifyResponse({ httpStatus: status, headers, body, request });
      if (error === null) {
        if (body === null || typeof body !== 'object' || Array.isArray(body)) throw malformedResponse('the body is not a JSON object', request, status);
        return { body, httpStatus: status, calls };
      }
      const renewable = error.kind === 'auth-expired' || error.kind === 'auth-invalid';
      if (!renewable || attempt > 0 || !tokens.renewAfterRejection || !isRenewableCode(error.code)) throw redacted(error, token);
      const kind = error.kind as 'auth-expired' | 'auth-invalid';
      const rejected = token;
      const fresh = await tokenFrom(() => tokens.renewAfterRejection!(rejected, kind), request);
      if (fresh === null || fresh === '') throw redacted(error, token);
      token = fresh;
    }
  };
}

/** Missing or malformed tokens and dead refresh tokens cannot be fixed by renewing. */
function isRenewableCode(code: number | undefined): boolean {
  return code === undefined || KNOWN_CODES.get(code)?.renewable !== false;
}
