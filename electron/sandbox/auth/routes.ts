import type { Sandbox } from '../sandbox-types';
import { createAuthSandboxState } from './auth-sandbox-state';
import { registerAuthorizeRoute } from './authorize-route';
import { registerIdentityRoutes } from './identity-routes';
import { registerSettingsRoute } from './settings-route';
import { registerTokenRoute } from './token-route';

// The sandbox's sign-in endpoints, so sign in → poll → expiry → refresh runs end to end without
// a Feishu tenant. The sandbox's base URL is both the open and the accounts host (region custom).
export function registerAuthRoutes(sandbox: Sandbox, now: () => number = Date.now): void {
  const state = createAuthSandboxState();
  registerAuthorizeRoute(sandbox, state, now);
  registerTokenRoute(sandbox, state, now);
  registerIdentityRoutes(sandbox, state);
  registerSettingsRoute(sandbox, state);
}
