import { createHash, randomBytes } from 'node:crypto';
import type { Sandbox, SandboxReply } from '../sandbox-types';
import type { AuthSandboxState } from './auth-sandbox-state';
import { APPROVAL_SCOPES } from '../approval-routes';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET, SANDBOX_DENYING_APP_ID } from './demo-app';
import { oauthError } from './oauth-reply';

// POST /open-apis/authen/v2/oauth/token: both grants. Codes are single use and live 5 minutes;
// refresh tokens are single use and rotate; PKCE (S256) is checked; the secret is required.
// Refresh error codes are Feishu's documented ones; the code-grant ones are the sandbox's choice.
// A user token may use the optional approval APIs only for the scopes its grant named (a refresh
// keeps the grant's scopes), so a sign-in that did not ask for them meets 99991679.

export function registerTokenRoute(sandbox: Sandbox, state: AuthSandboxState, now: () => number): void {
  sandbox.route('POST', '/open-apis/authen/v2/oauth/token', async (req) => {
    const body = readBody(req.json);
    if (!body) return oauthError(400, 20001, 'invalid_request', 'The body must be a JSON object.');
    const appId = body.client_id;
    if ((appId !== SANDBOX_APP_ID && appId !== SANDBOX_DENYING_APP_ID) || body.client_secret !== SANDBOX_APP_SECRET) {
      return oauthError(401, 20002, 'invalid_client', 'The client_id or client_secret is wrong.');
    }
    if (body.grant_type === 'authorization_code') return codeGrant(body, appId);
    if (body.grant_type === 'refresh_token') return refreshGrant(body, appId);
    return oauthError(400, 20001, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token.');
  });

  function codeGrant(body: Record<string, string | undefined>, appId: string): SandboxReply {
    const code = body.code ?? '';
    if (state.usedCodes.has(code)) return oauthError(400, 20065, 'invalid_grant', 'The code has already been used.');
    const issued = state.codes.get(code);
    if (!issued) return oauthError(400, 20003, 'invalid_grant', 'The code is not valid.');
    state.codes.delete(code);
    state.usedCodes.add(code);
    if (now() >= issued.expiresAt) return oauthError(400, 20004, 'invalid_grant', 'The code has expired.');
    if (issued.appId !== appId) return oauthError(400, 20024, 'invalid_grant', 'The code was issued to another app.');
    if (body.redirect_uri !== issued.redirectUri) return oauthError(400, 20071, 'invalid_grant', 'redirect_uri does not match the authorize request.');
    const challenge = createHash('sha256').update(body.code_verifier ?? '').digest('base64url');
    if (challenge !== issued.challenge) return oauthError(400, 20049, 'invalid_grant', 'PKCE verification failed (code_verifier).');
    return tokens(appId, issued.userId, issued.scope);
  }

  async function refreshGrant(body: Record<string, string | undefined>, appId: string): Promise<SandboxReply> {
    if (state.settings.refreshDelayMs > 0) await new Promise((r) => setTimeout(r, state.settings.refreshDelayMs));
    const failure = state.settings.refreshFailure;
    if (failure && failure.times > 0) {
      failure.times -= 1;
      return oauthError(400, failure.code, 'server_error', `Sandbox fault: refresh failed with ${failure.code}.`);
    }
    if (state.settings.refreshDisabled) return oauthError(400, 20074, 'invalid_grant', 'Refresh tokens are disabled for this app.');
    const issued = state.refreshTokens.get(body.refresh_token ?? '');
    if (!issued || issued.appId !== appId) return oauthError(400, 20026, 'invalid_grant', 'The refresh token is not valid.');
    if (issued.revoked) return oauthError(400, 20064, 'invalid_grant', 'The refresh token has been revoked.');
    if (issued.used) return oauthError(400, 20073, 'invalid_grant', 'The refresh token has already been used.');
    if (now() >= issued.expiresAt) return oauthError(400, 20037, 'invalid_grant', 'The refresh token has expired.');
    issued.used = true;
    return tokens(appId, issued.userId, issued.scope);
  }

  function tokens(appId: string, userId: string, scope: string): SandboxReply {
    const { accessTtlSec, refreshTtlSec } = state.settings;
    const accessToken = sandbox.tokens.issue({ userId, ttlMs: accessTtlSec * 1000, kind: 'user', token: `u-${randomBytes(18).toString('base64url')}` });
    const granted = scope.split(' ');
    sandbox.tokens.restrictScopes(accessToken, { notGranted: Object.values(APPROVAL_SCOPES).filter((item) => !granted.includes(item)) });
    const body: Record<string, unknown> = { code: 0, access_token: accessToken, expires_in: accessTtlSec, token_type: 'Bearer', scope };
    if (scope.split(' ').includes('offline_access')) {
      const refreshToken = `ur-${randomBytes(18).toString('base64url')}`;
      state.refreshTokens.set(refreshToken, { appId, userId, scope, expiresAt: now() + refreshTtlSec * 1000, used: false, revoked: false });
      Object.assign(body, { refresh_token: refreshToken, refresh_token_expires_in: refreshTtlSec });
    }
    return { status: 200, body };
  }
}

function readBody(json: () => unknown): Record<string, string | undefined> | null {
  let value: unknown;
  try {
    value = json();
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}
