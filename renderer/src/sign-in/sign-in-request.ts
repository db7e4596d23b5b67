import type { InvokeRequest } from '../../../shared/ipc/contract';
import type { Region, SignInMode } from '../../../shared/settings/settings';

/** Matches main's default (electron/auth/oauth-sign-in.ts) and the setup guide. */
export const DEFAULT_CALLBACK_PORT = 47321;

/** What to register as the app's redirect URL in the Feishu/Lark console. */
export function redirectUrlFor(port: string): string {
  return `http://127.0.0.1:${port}/callback`;
}

export type SignInRequest = InvokeRequest<'auth:sign-in'>;
export type UserIdType = 'open_id' | 'union_id' | 'user_id';

export interface SignInForm {
  mode: SignInMode;
  region: Region;
  baseUrl: string;
  appId: string;
  appSecret: string;
  token: string;
  userId: string;
  userIdType: UserIdType;
  /** The loopback port the browser returns to (registered as the app's redirect URL). */
  callbackPort: string;
}

export const EMPTY_FORM: SignInForm = {
  mode: 'oauth',
  region: 'feishu',
  baseUrl: '',
  appId: '',
  appSecret: '',
  token: '',
  userId: '',
  userIdType: 'open_id',
  callbackPort: String(DEFAULT_CALLBACK_PORT),
};

/** Which field is missing, as a catalog key of its label; or the problem with the URL. */
export type FormProblem = { kind: 'required'; field: 'signin.appId' | 'signin.appSecret' | 'signin.token' | 'signin.userId' | 'signin.baseUrl' } | { kind: 'bad-url' } | { kind: 'bad-port' };

function isServerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // Plain http only for a server on this machine (the bundled sandbox).
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname));
  } catch {
    return false;
  }
}

/** Checks the form and builds the request main will parse again; nothing is trimmed away silently. */
export function buildSignInRequest(form: SignInForm): { ok: true; request: SignInRequest } | { ok: false; problem: FormProblem } {
  const need = (value: string, field: Extract<FormProblem, { kind: 'required' }>['field']) =>
    value.trim() ? null : ({ kind: 'required', field } as const);
  let baseUrl: string | undefined;
  if (form.region === 'custom') {
    const missing = need(form.baseUrl, 'signin.baseUrl');
    if (missing) return { ok: false, problem: missing };
    if (!isServerUrl(form.baseUrl.trim())) return { ok: false, problem: { kind: 'bad-url' } };
    baseUrl = form.baseUrl.trim();
  }
  const common = { region: form.region, ...(baseUrl ? { baseUrl } : {}) };
  const checks =
    form.mode === 'user-token'
      ? [need(form.token, 'signin.token')]
      : form.mode === 'oauth'
        ? [need(form.appId, 'signin.appId'), need(form.appSecret, 'signin.appSecret')]
        : [need(form.appId, 'signin.appId'), need(form.appSecret, 'signin.appSecret'), need(form.userId, 'signin.userId')];
  const problem = checks.find((check) => check !== null);
  if (problem) return { ok: false, problem };
  if (form.mode === 'user-token') return { ok: true, request: { mode: 'user-token', ...common, token: form.token.trim() } };
  const app = { appId: form.appId.trim(), appSecret: form.appSecret.trim() };
  if (form.mode === 'oauth') {
    const port = Number(form.callbackPort.trim());
    if (!Number.isInteger(port) || port < 1024 || port > 65535) return { ok: false, problem: { kind: 'bad-port' } };
    return { ok: true, request: { mode: 'oauth', ...common, ...app, callbackPort: port } };
  }
  return { ok: true, request: { mode: 'tenant', ...common, ...app, userId: form.userId.trim(), userIdType: form.userIdType } };
}
