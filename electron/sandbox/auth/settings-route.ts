import type { Sandbox } from '../sandbox-types';
import type { AuthSandboxSettings, AuthSandboxState } from './auth-sandbox-state';

// POST /__sandbox/auth/settings: tests (and a curious developer) turn the sign-in knobs over HTTP,
// e.g. {"accessTtlSec": 60, "refreshDelayMs": 200, "refreshFailure": {"code": 20050, "times": 1}}.
// Also {"revokeRefreshTokens": true}, and {"withheldScopes": ["approval:task:write"]} (never granted). Answers the settings now in force.

const NUMBERS = ['accessTtlSec', 'refreshTtlSec', 'tenantTtlSec', 'codeTtlMs', 'refreshDelayMs'] as const;

export function registerSettingsRoute(sandbox: Sandbox, state: AuthSandboxState): void {
  sandbox.route('POST', '/__sandbox/auth/settings', (req) => {
    let input: Record<string, unknown>;
    try {
      input = (req.json() ?? {}) as Record<string, unknown>;
    } catch {
      return { status: 400, body: { error: 'The body must be JSON.' } };
    }
    const next: AuthSandboxSettings = { ...state.settings };
    for (const key of NUMBERS) {
      const value = input[key];
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return { status: 400, body: { error: `${key} must be a number >= 0` } };
      next[key] = value;
    }
    if (typeof input.refreshDisabled === 'boolean') next.refreshDisabled = input.refreshDisabled;
    if (input.withheldScopes !== undefined) {
      const list = input.withheldScopes;
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) return { status: 400, body: { error: 'withheldScopes must be a list of scope names' } };
      next.withheldScopes = [...list];
    }
    const failure = input.refreshFailure as { code?: unknown; times?: unknown } | null | undefined;
    if (failure === null) next.refreshFailure = null;
    else if (failure && typeof failure.code === 'number') next.refreshFailure = { code: failure.code, times: typeof failure.times === 'number' ? failure.times : 1 };
    if (input.revokeRefreshTokens === true) for (const token of state.refreshTokens.values()) token.revoked = true;
    state.settings = next;
    return { status: 200, body: { settings: next } };
  });
}
