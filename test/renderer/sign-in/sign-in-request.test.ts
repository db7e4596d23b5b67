import { describe, expect, it } from 'vitest';
import { buildSignInRequest, EMPTY_FORM, redirectUrlFor } from '../../../renderer/src/sign-in/sign-in-request';
import { invokeRequestSchemas } from '../../../shared/ipc/request-schemas';

describe('sign-in request', () => {
  it('builds requests main accepts for every mode', () => {
    const forms = [
      { ...EMPTY_FORM, appId: ' cli_a ', appSecret: 's3cret' },
      { ...EMPTY_FORM, mode: 'user-token' as const, token: 'u-abc', region: 'lark' as const },
      { ...EMPTY_FORM, mode: 'tenant' as const, appId: 'cli_a', appSecret: 's', userId: 'ou_1', region: 'custom' as const, baseUrl: 'https://open.example.com' },
    ];
    for (const form of forms) {
      const built = buildSignInRequest(form);
      expect(built.ok).toBe(true);
      if (built.ok) expect(invokeRequestSchemas['auth:sign-in'].safeParse(built.request).success).toBe(true);
    }
    const oauth = buildSignInRequest(forms[0]!);
    expect(oauth.ok && oauth.request).toMatchObject({ mode: 'oauth', appId: 'cli_a', callbackPort: 47321 });
  });

  it('sends the callback port the user registered, and refuses one main would refuse', () => {
    const form = { ...EMPTY_FORM, appId: 'cli_a', appSecret: 's' };
    const built = buildSignInRequest({ ...form, callbackPort: ' 50123 ' });
    expect(built.ok && built.request).toMatchObject({ callbackPort: 50123 });
    for (const callbackPort of ['80', '70000', 'abc', '']) {
      expect(buildSignInRequest({ ...form, callbackPort })).toEqual({ ok: false, problem: { kind: 'bad-port' } });
    }
    expect(redirectUrlFor('50123')).toBe('http://127.0.0.1:50123/callback');
  });

  it('names the missing field instead of sending a bad request', () => {
    expect(buildSignInRequest({ ...EMPTY_FORM, appId: 'x' })).toEqual({ ok: false, problem: { kind: 'required', field: 'signin.appSecret' } });
    expect(buildSignInRequest({ ...EMPTY_FORM, mode: 'user-token', token: '  ' })).toEqual({ ok: false, problem: { kind: 'required', field: 'signin.token' } });
    expect(buildSignInRequest({ ...EMPTY_FORM, mode: 'tenant', appId: 'a', appSecret: 'b' })).toEqual({ ok: false, problem: { kind: 'required', field: 'signin.userId' } });
  });

  it('refuses a custom server that is not https (plain http only on this machine)', () => {
    const custom = { ...EMPTY_FORM, region: 'custom' as const, appId: 'a', appSecret: 'b' };
    expect(buildSignInRequest({ ...custom, baseUrl: 'http://evil.example.com' })).toEqual({ ok: false, problem: { kind: 'bad-url' } });
    expect(buildSignInRequest({ ...custom, baseUrl: 'javascript:alert(1)' })).toEqual({ ok: false, problem: { kind: 'bad-url' } });
    expect(buildSignInRequest({ ...custom, baseUrl: 'http://127.0.0.1:8080' }).ok).toBe(true);
  });
});
