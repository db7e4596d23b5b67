import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactText } from '../../../shared/logging/redact';

const USER_TOKEN = 'u-1ZSGuXjg10oFajKt9qHlHk4h3mEQ0kU3pgw0000200ZCa';
const REFRESH = 'ur-2fHx7kQp9LmNoPqRsTuVwXyZ0123456789ab';
const TENANT = 't-g1044bqgBRZ3XIXSZGJZ2O3DSBLQWRDZBLHZ5C5R';
const SECRETS = [USER_TOKEN, REFRESH, TENANT, 'sEcReTvAlUe42', 'oauthCodeXYZ', 'verifier_123'];

function expectClean(out: unknown): void {
  const text = JSON.stringify(out) ?? String(out);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('redactText', () => {
  it.each([
    ['Authorization header', `Authorization: Bearer ${USER_TOKEN}`, 'Authorization: [REDACTED]'],
    ['lower-case header with Basic', 'authorization: Basic sEcReTvAlUe42', 'authorization: [REDACTED]'],
    ['bare Bearer', `sent bearer ${TENANT} to /tasks`, 'sent bearer [REDACTED] to /tasks'],
    ['bare user token', `token ${USER_TOKEN} expired`, `token ${REDACTED} expired`],
    ['bare refresh token', `refreshing with ${REFRESH}`, `refreshing with ${REDACTED}`],
    ['bare tenant token in parentheses', `(${TENANT})`, `(${REDACTED})`],
    ['query code', 'GET /callback?code=oauthCodeXYZ&state=abc', 'GET /callback?code=[REDACTED]&state=abc'],
    ['query access_token', `https://x.test/?access_token=${USER_TOKEN}#top`, 'https://x.test/?access_token=[REDACTED]#top'],
    [
      'form body',
      'grant_type=authorization_code&client_secret=sEcReTvAlUe42&code=oauthCodeXYZ&code_verifier=verifier_123',
      'grant_type=authorization_code&client_secret=[REDACTED]&code=[REDACTED]&code_verifier=[REDACTED]',
    ],
    [
      'JSON token response',
      `{"code":0,"access_token":"${USER_TOKEN}","refresh_token":"${REFRESH}","token_type":"Bearer"}`,
      '{"code":0,"access_token":"[REDACTED]","refresh_token":"[REDACTED]","token_type":"Bearer"}',
    ],
    ['JSON with spaces and escapes', '{ "app_secret" : "sEcReT\\"vAlUe42" }', '{ "app_secret" : "[REDACTED]" }'],
    ['tenant_access_token JSON', `{"tenant_access_token":"${TENANT}","expire":7200}`, '{"tenant_access_token":"[REDACTED]","expire":7200}'],
    ['util.inspect output', "{ app_secret: 'sEcReTvAlUe42', code: 99991403 }", "{ app_secret: '[REDACTED]', code: 99991403 }"],
    ['unquoted field', 'refresh_token: verifier_123 rotated', 'refresh_token: [REDACTED] rotated'],
    ['JSON Authorization header', `{"Authorization":"Bearer ${USER_TOKEN}"}`, '{"Authorization":"[REDACTED]"}'],
    ['JWT', 'id_token eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4', `id_token ${REDACTED}`],
    // camelCase names (issue 8): JSON, key=value and key: value.
    [
      'camelCase JSON',
      '{"appSecret":"sEcReTvAlUe42","clientSecret":"sEcReTvAlUe42","accessToken":"oauthCodeXYZ","refreshToken":"verifier_123","accessTokenExpiresAt":1764000000000}',
      '{"appSecret":"[REDACTED]","clientSecret":"[REDACTED]","accessToken":"[REDACTED]","refreshToken":"[REDACTED]","accessTokenExpiresAt":1764000000000}',
    ],
    [
      'camelCase key=value',
      'appSecret=sEcReTvAlUe42 clientSecret=sEcReTvAlUe42&accessToken=oauthCodeXYZ refreshToken=verifier_123',
      'appSecret=[REDACTED] clientSecret=[REDACTED]&accessToken=[REDACTED] refreshToken=[REDACTED]',
    ],
    [
      'camelCase key: value',
      'appSecret: sEcReTvAlUe42, clientSecret: sEcReTvAlUe42; accessToken: oauthCodeXYZ refreshToken: verifier_123',
      'appSecret: [REDACTED], clientSecret: [REDACTED]; accessToken: [REDACTED] refreshToken: [REDACTED]',
    ],
    ['camelCase util.inspect', "{ appSecret: 'sEcReTvAlUe42', refreshToken: 'verifier_123' }", "{ appSecret: '[REDACTED]', refreshToken: '[REDACTED]' }"],
    ['Cookie header', 'request headers: Cookie: session=oauthCodeXYZ; lang=zh\nAccept: */*', 'request headers: Cookie: [REDACTED]\nAccept: */*'],
    ['Set-Cookie header', 'Set-Cookie: sid=sEcReTvAlUe42; Path=/; HttpOnly', 'Set-Cookie: [REDACTED]'],
    ['lower-case cookie in JSON', '{"cookie":"sid=sEcReTvAlUe42; x=1"}', '{"cookie":"[REDACTED]"}'],
  ])('%s', (_name, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('keeps what support needs: Feishu error codes, log ids, ordinary words', () => {
    const line = '{"code":99991403,"msg":"quota exceeded","error":{"log_id":"20261125090500ABCDEF"}} code: 20009 a t-shirt, a u-turn';
    expect(redactText(line)).toBe(line);
  });
});

describe('redact (objects)', () => {
  it('masks secret fields in any naming style, deeply, without touching the original', () => {
    const original = {
      accessToken: USER_TOKEN,
      refresh_token: REFRESH,
      'app-secret': 'sEcReTvAlUe42',
      nested: { clientSecret: 'sEcReTvAlUe42', headers: { Authorization: `Bearer ${TENANT}` }, password: 'sEcReTvAlUe42' },
      list: [{ code_verifier: 'verifier_123' }, `see ${USER_TOKEN}`],
      accessTokenExpiresAt: 1764000000000,
      code: 0,
      msg: 'success',
    };
    const out = redact(original);
    expectClean(out);
    expect(out).toMatchObject({
      accessToken: REDACTED,
      accessTokenExpiresAt: 1764000000000,
      code: 0,
      msg: 'success',
      nested: { headers: { Authorization: REDACTED } },
      list: [{ code_verifier: REDACTED }, `see ${REDACTED}`],
    });
    expect(original.accessToken).toBe(USER_TOKEN);
  });

  it('masks a string OAuth code but keeps a numeric API code', () => {
    expect(redact({ code: 'oauthCodeXYZ' })).toEqual({ code: REDACTED });
    expect(redact({ code: 99991663 })).toEqual({ code: 99991663 });
  });

  it('scrubs errors, URLs and plain strings', () => {
    const error = new Error(`refresh failed for ${REFRESH}`);
    const out = redact([error, new URL(`https://open.feishu.cn/cb?code=oauthCodeXYZ`), `Bearer ${USER_TOKEN}`]);
    expect(out[0]).toBeInstanceOf(Error);
    expect((out[0] as Error).message).toBe(`refresh failed for ${REDACTED}`);
    expectClean([(out[0] as Error).message, (out[0] as Error).stack, out[1], out[2]]);
    expect(error.message).toContain(REFRESH);
  });

  it('survives cycles and leaves primitives alone', () => {
    const loop: Record<string, unknown> = { token: USER_TOKEN };
    loop.self = loop;
    expect(redact(loop)).toEqual({ token: REDACTED, self: '[Circular]' });
    const shared = { name: 'Li' };
    expect(redact({ a: shared, b: [shared] })).toEqual({ a: { name: 'Li' }, b: [{ name: 'Li' }] });
    expect([redact(42), redact(null), redact(undefined), redact(true)]).toEqual([42, null, undefined, true]);
  });
});
