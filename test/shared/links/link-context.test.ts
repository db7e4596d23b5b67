import { describe, expect, it } from 'vitest';
import { linkContextFor } from '../../../shared/links/link-context';
import { decideLink } from '../../../shared/links/url-policy';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Account } from '../../../shared/settings/settings';

const account = (baseUrl: string): Account => ({ id: 'a', region: 'custom', baseUrl, mode: 'oauth', userIdType: 'open_id', userId: 'ou_1', needsSignIn: false, callbackPort: 47321 });

describe('linkContextFor', () => {
  it("trusts the signed-in account's host and the allowed hosts, nothing else", () => {
    const context = linkContextFor({ ...defaultSettings(), account: account('https://open.xfchat.iflytek.com'), allowedLinkHosts: ['oa.example.com'] });
    expect(context).toEqual({ accountHost: 'open.xfchat.iflytek.com', allowedHosts: ['oa.example.com'] });
    expect(decideLink('https://open.xfchat.iflytek.com/x', context).kind).toBe('open');
    expect(decideLink('https://oa.example.com/x', context).kind).toBe('open');
    expect(decideLink('https://erp.example.com/x', context).kind).toBe('ask');
  });

  it("also trusts the organisation's trustedHosts from managed.json, once each", () => {
    const context = linkContextFor({ ...defaultSettings(), allowedLinkHosts: ['oa.example.com'] }, ['erp.corp.example', 'oa.example.com']);
    expect(context.allowedHosts).toEqual(['oa.example.com', 'erp.corp.example']);
    expect(decideLink('https://erp.corp.example/approval/1', context).kind).toBe('open');
    expect(decideLink('https://other.corp.example/x', context).kind).toBe('ask');
  });

  it('signed out (the demo): only Feishu/Lark hosts open without asking', () => {
    expect(linkContextFor(defaultSettings())).toEqual({ accountHost: null, allowedHosts: [] });
  });
});
