import { randomBytes } from 'node:crypto';
import type { Sandbox } from '../sandbox-types';
import type { AuthSandboxState } from './auth-sandbox-state';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET, SANDBOX_USER_NAME } from './demo-app';
import { bearer, tokenError } from './oauth-reply';

// GET /open-apis/authen/v1/user_info (who owns this user token) and
// POST /open-apis/auth/v3/tenant_access_token/internal (an app token from App ID + Secret).

export function registerIdentityRoutes(sandbox: Sandbox, state: AuthSandboxState): void {
  sandbox.route('GET', '/open-apis/authen/v1/user_info', (req) => {
    const token = bearer(req.headers);
    if (!token) return tokenError('missing');
    const checked = sandbox.tokens.check(token);
    if (!checked.ok) return tokenError(checked.reason);
    if (checked.kind !== 'user') return { status: 400, body: { code: 99991668, msg: 'user_info needs a user access token.' } };
    const data = {
      open_id: checked.userId,
      union_id: `on_${checked.userId.replace(/^ou_/, '')}`,
      name: SANDBOX_USER_NAME,
      en_name: 'Sandbox User',
      avatar_url: 'https://example.com/sandbox-avatar.png',
    };
    return { status: 200, body: { code: 0, msg: 'success', data } };
  });

  sandbox.route('POST', '/open-apis/auth/v3/tenant_access_token/internal', (req) => {
    let body: { app_id?: unknown; app_secret?: unknown } = {};
    try {
      body = (req.json() ?? {}) as typeof body;
    } catch {
      return { status: 400, body: { code: 10003, msg: 'The body must be JSON with app_id and app_secret.' } };
    }
    if (body.app_id !== SANDBOX_APP_ID) return { status: 400, body: { code: 10003, msg: 'invalid app_id' } };
    if (body.app_secret !== SANDBOX_APP_SECRET) return { status: 400, body: { code: 10014, msg: 'app secret invalid' } };
    const ttl = state.settings.tenantTtlSec;
    const token = sandbox.tokens.issue({ userId: sandbox.demoUserId, ttlMs: ttl * 1000, kind: 'tenant', token: `t-${randomBytes(18).toString('base64url')}` });
    return { status: 200, body: { code: 0, msg: 'ok', tenant_access_token: token, expire: ttl } };
  });
}
