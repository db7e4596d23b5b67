import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl, loopbackRedirectUri, OAUTH_SCOPE } from '../../../shared/auth/authorize-url';
import { authHostsFor } from '../../../shared/auth/auth-hosts';

describe('authorize URL', () => {
  it('sends every parameter the authorize page needs, to the accounts host', () => {
    const url = new URL(
      buildAuthorizeUrl({
        accountsBase: authHostsFor('feishu').accounts,
        appId: 'cli_a1b2',
        redirectUri: loopbackRedirectUri(47321),
        state: 'st&ate=1',
        codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://accounts.feishu.cn/open-apis/authen/v1/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'cli_a1b2',
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:47321/callback',
      scope: 'approval:approval:readonly offline_access',
      state: 'st&ate=1',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    expect(OAUTH_SCOPE.split(' ')).toContain('offline_access');
  });

  it('knows the Lark hosts and uses a custom base URL for both', () => {
    expect(authHostsFor('lark')).toEqual({ open: 'https://open.larksuite.com', accounts: 'https://accounts.larksuite.com' });
    expect(authHostsFor('custom', 'http://127.0.0.1:9999/')).toEqual({ open: 'http://127.0.0.1:9999', accounts: 'http://127.0.0.1:9999' });
    const url = buildAuthorizeUrl({ accountsBase: 'http://127.0.0.1:9999', appId: 'a', redirectUri: 'r', state: 's', codeChallenge: 'c' });
    expect(url.startsWith('http://127.0.0.1:9999/open-apis/authen/v1/authorize?')).toBe(true);
  });

  it('refuses a custom base URL that is missing, garbage, or plain http off loopback', () => {
    expect(() => authHostsFor('custom')).toThrow(/needs a base URL/);
    expect(() => authHostsFor('custom', 'not a url')).toThrow(/not a valid URL/);
    expect(() => authHostsFor('custom', 'http://example.com')).toThrow(/https/);
    expect(authHostsFor('custom', 'https://feishu.example.com').open).toBe('https://feishu.example.com');
  });
});
