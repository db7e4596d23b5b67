import { randomBytes } from 'node:crypto';
import type { Sandbox, SandboxReply } from '../sandbox-types';
import type { AuthSandboxState } from './auth-sandbox-state';
import { SANDBOX_APP_ID, SANDBOX_DENYING_APP_ID } from './demo-app';

// GET /open-apis/authen/v1/authorize: the consent page. The sandbox's user always approves at
// once (a 302 back to the app with a code) unless the app id or `sandbox_deny=1` asks it to
// refuse, which answers error=access_denied the way the real page does. The grant covers the
// scopes asked for, minus those the tenant withholds (settings.withheldScopes).

const LOOPBACK_CALLBACK = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/callback$/;

function page(status: number, message: string): SandboxReply {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `Sandbox authorize page: ${message}` };
}

export function registerAuthorizeRoute(sandbox: Sandbox, state: AuthSandboxState, now: () => number): void {
  sandbox.route('GET', '/open-apis/authen/v1/authorize', (req) => {
    const q = req.query;
    const appId = q.get('client_id') ?? '';
    if (appId !== SANDBOX_APP_ID && appId !== SANDBOX_DENYING_APP_ID) return page(400, `unknown app id (use ${SANDBOX_APP_ID}).`);
    if (q.get('response_type') !== 'code') return page(400, 'response_type must be "code".');
    const redirectUri = q.get('redirect_uri') ?? '';
    // Like the real console, only a registered redirect URI is honoured; here: any loopback /callback.
    if (!LOOPBACK_CALLBACK.test(redirectUri)) return page(400, 'redirect_uri must be http://127.0.0.1:PORT/callback.');
    const challenge = q.get('code_challenge') ?? '';
    if (q.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
      return page(400, 'PKCE is required: code_challenge (43 base64url characters) with code_challenge_method=S256.');
    }
    const oauthState = q.get('state');
    if (!oauthState) return page(400, 'state is required.');

    const back = new URL(redirectUri);
    back.searchParams.set('state', oauthState);
    if (appId === SANDBOX_DENYING_APP_ID || q.get('sandbox_deny') === '1') {
      back.searchParams.set('error', 'access_denied');
    } else {
      const code = `code-${randomBytes(18).toString('base64url')}`;
      const scope = (q.get('scope') ?? '').split(' ').filter((item) => item && !state.settings.withheldScopes.includes(item)).join(' ');
      state.codes.set(code, { appId, redirectUri, challenge, scope, userId: sandbox.demoUserId, expiresAt: now() + state.settings.codeTtlMs });
      back.searchParams.set('code', code);
    }
    return { status: 302, headers: { Location: back.toString() }, body: '' };
  });
}
