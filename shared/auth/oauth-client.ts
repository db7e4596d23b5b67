import type { FetchPort, FetchResponse } from '../feishu/fetch-port';
import { NO_REDIRECTS, redirectMessage, thrownForRedirect } from '../feishu/redirects';
import { AuthError } from './auth-error';
import { readJson, readPositiveNumber, readString } from './json-reading';
import { directTokenExchange } from './token-exchange';
import type { TokenExchangePort, TokenGrant } from './token-exchange';

// The Feishu/Lark sign-in endpoints: the v2 OAuth token endpoint (both grants, JSON body),
// user_info, and the v3 internal tenant token. No state: callers keep tokens.

/** Refresh errors after which only a new sign-in helps (feishu-facts.md, Signing in). */
const NEEDS_SIGN_IN = new Set([20026, 20037, 20064, 20073, 20074]);
/** Refresh errors that are the server's trouble: keep the refresh token, try again later. */
const RETRY_LATER = new Set([20050, 20072]);
/** Unverified: the codes the token endpoints use for a wrong client id/secret (OAuth `invalid_client`). */
const BAD_CLIENT = new Set([20002, 10003, 10014]);

export interface OAuthTokens {
  accessToken: string;
  expiresInSec: number;
  refreshToken?: string;
  refreshExpiresInSec?: number;
  scope?: string;
}

export interface UserInfo {
  openId: string;
  unionId?: string;
  userId?: string;
  name?: string;
  avatarUrl?: string;
}

export interface TenantToken {
  token: string;
  expiresInSec: number;
}

export interface OAuthClient {
  exchangeCode(input: { code: string; redirectUri: string; codeVerifier: string }): Promise<OAuthTokens>;
  refresh(refreshToken: string): Promise<OAuthTokens>;
  userInfo(accessToken: string): Promise<UserInfo>;
  tenantToken(): Promise<TenantToken>;
}

export interface OAuthClientOptions {
  openBase: string;
  fetch: FetchPort;
  appId: string;
  /** Empty for user-token mode, which only calls userInfo, and when a broker exchanges grants. */
  appSecret: string;
  /** Who exchanges the two user grants; default: Feishu directly, with appId and appSecret. */
  tokenExchange?: TokenExchangePort;
}

export function createOAuthClient(options: OAuthClientOptions): OAuthClient {
  const base = options.openBase.replace(/\/+$/, '');

  async function call(what: string, path: string, init: { method: 'GET' | 'POST'; body?: object; bearer?: string }) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
    if (init.bearer) headers.Authorization = `Bearer ${init.bearer}`;
    return answer(what, base, () =>
      options.fetch(`${base}${path}`, {
        method: init.method,
        headers,
        body: init.body ? JSON.stringify(init.body) : undefined,
        redirect: NO_REDIRECTS,
      }),
    );
  }

  async function answer(what: string, where: string, send: () => Promise<FetchResponse>) {
    let response;
    try {
      response = await send();
    } catch (error) {
      const redirected = thrownForRedirect(error, what);
      if (redirected) throw new AuthError('rejected', redirected);
      throw new AuthError('network', `Could not reach ${where} (${what}). Check the network and try again.`);
    }
    const redirected = redirectMessage(response, what);
    if (redirected) throw new AuthError('rejected', redirected);
    const body = readJson(await response.text().catch(() => ''));
    if (!body) throw new AuthError('malformed', `${what}: the server answered HTTP ${response.status} without JSON.`);
    // v2 OAuth answers may omit `code` on success; any error carries one (a broker's own refusals do not).
    const code = typeof body.code === 'number' ? body.code : 0;
    if (code !== 0) throw errorFor(what, code, body, response.status);
    if (response.status >= 400) {
      const said = readString(body, 'error');
      throw new AuthError('retry-later', `${what}: the server answered HTTP ${response.status}${said ? ` (${said.slice(0, 60)})` : ''}.`);
    }
    return body;
  }

  const exchange = options.tokenExchange ?? directTokenExchange({ openBase: base, fetch: options.fetch, appId: options.appId, appSecret: options.appSecret });
  const grant = (what: string, body: TokenGrant) => answer(what, exchange.endpoint, () => exchange.send(body));

  function tokensFrom(what: string, body: Record<string, unknown>): OAuthTokens {
    const accessToken = readString(body, 'access_token');
    const expiresInSec = readPositiveNumber(body, 'expires_in');
    if (!accessToken || !expiresInSec) throw new AuthError('malformed', `${what}: the answer had no access token or lifetime.`);
    return {
      accessToken,
      expiresInSec,
      refreshToken: readString(body, 'refresh_token'),
      refreshExpiresInSec: readPositiveNumber(body, 'refresh_token_expires_in'),
      scope: readString(body, 'scope'),
    };
  }

  return {
    async exchangeCode(input) {
      const what = 'Exchanging the sign-in code';
      const body = await grant(what, { grant_type: 'authorization_code', code: input.code, redirect_uri: input.redirectUri, code_verifier: input.codeVerifier });
      return tokensFrom(what, body);
    },
    async refresh(refreshToken) {
      const what = 'Renewing the sign-in';
      const body = await grant(what, { grant_type: 'refresh_token', refresh_token: refreshToken });
      return tokensFrom(what, body);
    },
    async userInfo(accessToken) {
      const what = 'Finding out who signed in';
      const body = await call(what, '/open-apis/authen/v1/user_info', { method: 'GET', bearer: accessToken });
      const data = (typeof body.data === 'object' && body.data !== null ? body.data : {}) as Record<string, unknown>;
      const openId = readString(data, 'open_id');
      if (!openId) throw new AuthError('malformed', `${what}: the answer had no open_id.`);
      return {
        openId,
        unionId: readString(data, 'union_id'),
        userId: readString(data, 'user_id'),
        name: readString(data, 'name') ?? readString(data, 'en_name'),
        avatarUrl: readString(data, 'avatar_url'),
      };
    },
    async tenantToken() {
      const what = 'Getting an app (tenant) token';
      const body = await call(what, '/open-apis/auth/v3/tenant_access_token/internal', {
        method: 'POST',
        body: { app_id: options.appId, app_secret: options.appSecret },
      });
      const token = readString(body, 'tenant_access_token');
      const expiresInSec = readPositiveNumber(body, 'expire');
      if (!token || !expiresInSec) throw new AuthError('malformed', `${what}: the answer had no token or lifetime.`);
      return { token, expiresInSec };
    },
  };
}

function errorFor(what: string, code: number, body: Record<string, unknown>, status: number): AuthError {
  // The server's own words help support; they never echo our secrets back.
  const said = readString(body, 'error_description') ?? readString(body, 'msg') ?? readString(body, 'error') ?? `HTTP ${status}`;
  if (NEEDS_SIGN_IN.has(code)) return new AuthError('needs-sign-in', `${what} failed: the saved sign-in is no longer valid (${code}: ${said}). Sign in again.`, code);
  if (RETRY_LATER.has(code)) return new AuthError('retry-later', `${what} failed: the server is busy (${code}: ${said}). Will retry later.`, code);
  if (BAD_CLIENT.has(code) || readString(body, 'error') === 'invalid_client') {
    return new AuthError('bad-credentials', `${what} failed: the App ID or App Secret is wrong (${code}: ${said}).`, code);
  }
  if (code === 99991668 || code === 99991677 || code === 99991669) {
    return new AuthError('needs-sign-in', `${what} failed: the token is expired or invalid (${code}: ${said}).`, code);
  }
  return new AuthError('rejected', `${what} failed (${code}: ${said}).`, code);
}
