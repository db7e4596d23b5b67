import { describe, expect, it } from 'vitest';
import { decideLink, safeExternalUrl, taskLink } from '../../../shared/links/url-policy';
import { normalizeTask } from '../../../shared/tasks/normalize-task';

const enc = encodeURIComponent;

describe('decideLink: Feishu/Lark hosts open directly', () => {
  it.each([
    'https://www.feishu.cn/approval/admin/approvalList?devMode=on',
    'https://applink.feishu.cn/client/mini_program/open?appId=cli_9cb844403dbb9108&mode=appCenter&path=pc%2Fpages%2Fin-process%2Findex',
    'https://applink.larksuite.com/client/mini_program/open?appId=cli_9c7cc8a9a9edd105',
    'https://applink.larkoffice.com/client/calendar/event/detail?x=1',
    'https://g4u31ee3yc.feishu.cn/approval/1',
    'https://go.feishu.cn/approval/s/abc/',
    'https://example.larkoffice.com/wiki/x',
    'https://feishu.cn/',
    'https://LARKSUITE.com/x',
  ])('opens %s', (url) => {
    expect(decideLink(url).kind).toBe('open');
  });

  it.each([
    ['a look-alike that starts with the applink host', 'https://applink.feishu.cn.evil.com/client/mini_program/open'],
    ['a look-alike without the dot boundary', 'https://evilfeishu.cn/'],
    ['a look-alike in the path', 'https://evil.com/applink.feishu.cn/'],
    ['a Feishu-hosted user app', 'https://x.feishuapp.com/'],
  ])('asks before opening %s', (_name, url) => {
    const decision = decideLink(url);
    expect(decision.kind).toBe('ask');
  });

  it.each(['feishu-pre.cn', 'app.feishu-pre.net', 'feishu-boe.net', 'x.feishu-staging.cn', 'larksuite-pre.com', 'larkofficepre.com', 'larkofficeboe.com', 'a.lark-passport-qa-sg.net'])(
    'never opens the pre/BOE/QA host %s',
    (host) => {
      expect(decideLink(`https://${host}/approval`).kind).toBe('refuse');
    },
  );
});

describe('decideLink: applinks that wrap another URL', () => {
  it.each([
    ['web_url to an outside page', `https://applink.feishu.cn/client/web_url/open?url=${enc('http://evil.com/')}&mode=window`],
    ['web_url to javascript', `https://applink.feishu.cn/client/web_url/open?url=${enc('javascript:alert(1)')}`],
    ['web_url without a target', 'https://applink.feishu.cn/client/web_url/open?mode=window'],
    ['web_url with two targets', `https://applink.feishu.cn/client/web_url/open?url=${enc('https://www.feishu.cn/')}&url=${enc('http://evil.com/')}`],
    ['web_app to http', `https://applink.feishu.cn/client/web_app/open?appId=cli_x&lk_target_url=${enc('http://evil.com/')}`],
    ['a percent-encoded web_url path', `https://applink.feishu.cn/client/web%5Furl/open?url=${enc('file:///etc/passwd')}`],
    ['lk_target_url on any Feishu path', `https://applink.feishu.cn/client/mini_program/open?lk_target_url=${enc('data:text/html,x')}`],
    ['the app scheme form', `feishu://applink/client/web_url/open?url=${enc('http://evil.com/')}`],
    ['a pre host inside', `https://applink.feishu.cn/client/web_url/open?url=${enc('https://feishu-pre.cn/')}`],
    ['nesting without end', nest(6, 'https://www.feishu.cn/')],
  ])('refuses %s', (_name, url) => {
    expect(decideLink(url).kind).toBe('refuse');
  });

  it('opens a wrapper around a Feishu page, as the wrapper', () => {
    const url = `https://applink.feishu.cn/client/web_url/open?url=${enc('https://www.feishu.cn/approval/1')}&mode=window`;
    expect(decideLink(url)).toEqual({ kind: 'open', url });
  });

  it('asks about the inner host of a wrapper around an outside page, naming that host', () => {
    const url = `https://applink.feishu.cn/client/web_app/open?appId=cli_x&lk_target_url=${enc('https://oa.example.com/approve')}`;
    expect(decideLink(url)).toEqual({ kind: 'ask', url, host: 'oa.example.com' });
    expect(decideLink(url, { allowedHosts: ['oa.example.com'] })).toEqual({ kind: 'open', url });
  });

  it('follows one level of nesting', () => {
    expect(decideLink(nest(2, 'https://www.feishu.cn/')).kind).toBe('open');
  });
});

describe('decideLink: app schemes only in the documented applink form', () => {
  it.each([
    'feishu://applink/client/mini_program/open?appId=cli_9cb844403dbb9108',
    'lark://applink.feishu.cn/client/chat/open?openId=ou_1',
    'lark://applink.larksuite.com/client/mini_program/open?appId=cli_9c7cc8a9a9edd105',
  ])('opens %s', (url) => {
    expect(decideLink(url).kind).toBe('open');
  });

  it.each([
    'lark:',
    'feishu:',
    'feishu://applink',
    'feishu://applink/approval?id=1',
    'feishu://evil.com/client/x',
    'lark://applink.feishu.cn.evil.com/client/x',
    'feishu://applink:8080/client/x',
    'lark:client/x',
    'feishu://user@applink/client/x',
  ])('refuses %s', (url) => {
    expect(decideLink(url).kind).toBe('refuse');
  });
});

describe('decideLink: other hosts', () => {
  it('asks once per host, naming it (with a port that is not 443)', () => {
    expect(decideLink('https://oa.example.com/approve?id=1')).toEqual({ kind: 'ask', url: 'https://oa.example.com/approve?id=1', host: 'oa.example.com' });
    expect(decideLink('https://oa.example.com:8443/x')).toMatchObject({ kind: 'ask', host: 'oa.example.com:8443' });
  });

  it('names an international host in punycode, so a homograph shows as what it is', () => {
    expect(decideLink('https://f\u0435ishu.cn/')).toMatchObject({ kind: 'ask', host: 'xn--fishu-zwe.cn' });
  });

  it('opens the allowed hosts directly, and only those exactly', () => {
    const context = { allowedHosts: ['oa.example.com'] };
    expect(decideLink('https://oa.example.com/x', context).kind).toBe('open');
    expect(decideLink('https://OA.Example.com/x', context).kind).toBe('open');
    expect(decideLink('https://evil.oa.example.com/x', context).kind).toBe('ask');
    expect(decideLink('https://oa.example.com.evil.com/x', context).kind).toBe('ask');
    expect(decideLink('https://oa.example.com:8443/x', context).kind).toBe('ask');
    expect(decideLink('http://oa.example.com/x', context).kind).toBe('refuse');
  });

  it("opens the signed-in account's own host (a private deployment) directly", () => {
    const context = { accountHost: 'open.xfchat.iflytek.com' };
    expect(decideLink('https://open.xfchat.iflytek.com/approval/1', context).kind).toBe('open');
    expect(decideLink('https://xfchat.iflytek.com/approval/1', context).kind).toBe('ask');
    expect(decideLink('http://open.xfchat.iflytek.com/approval/1', context).kind).toBe('refuse');
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript, mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript, leading space', ' javascript:alert(1)'],
    ['javascript, tab inside', 'java\tscript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['http', 'http://example.com/'],
    ['http on Feishu', 'http://www.feishu.cn/'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['credentials', 'https://user:pass@example.com/'],
    ['credentials on Feishu', 'https://user@www.feishu.cn/'],
    ['newline', 'https://example.com/\nx'],
    ['NUL', 'https://example.com/\u0000'],
    ['bidi override', 'https://example.com/\u202Efdp.exe'],
    ['Arabic letter mark', 'https://example.com/\u061C'],
    ['malformed', 'https://'],
    ['relative', '/approval/1'],
    ['garbage', 'not a url'],
    ['too long', `https://example.com/${'a'.repeat(2100)}`],
    ['other app scheme', 'ms-settings:privacy'],
  ])('refuses %s', (_name, url) => {
    expect(decideLink(url, { allowedHosts: ['example.com'] }).kind).toBe('refuse');
  });
});

describe('safeExternalUrl', () => {
  it('returns the normalised URL of anything the policy could open', () => {
    expect(safeExternalUrl('HTTPS://Example.COM/a%20b')).toBe('https://example.com/a%20b');
    expect(safeExternalUrl('https://applink.feishu.cn/client/x')).toBe('https://applink.feishu.cn/client/x');
  });

  it('rejects missing and refused values', () => {
    expect(safeExternalUrl(undefined)).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
    expect(safeExternalUrl('')).toBeNull();
    expect(safeExternalUrl('http://example.com/')).toBeNull();
  });

  it('allows exactly 2048 characters', () => {
    const url = `https://example.com/${'a'.repeat(2048 - 20)}`;
    expect(url).toHaveLength(2048);
    expect(safeExternalUrl(url)).toBe(url);
  });
});

describe('taskLink', () => {
  it('applies the policy to each link of a task', () => {
    const task = normalizeTask({ task_id: 't', urls: { pc: 'https://x.feishu.cn/pc', mobile: 'javascript:alert(1)' } }, '1')!;
    expect(taskLink(task, 'pc')).toBe('https://x.feishu.cn/pc');
    expect(taskLink(task, 'mobile')).toBeNull();
    expect(taskLink(task, 'helpdesk')).toBeNull();
  });
});

function nest(levels: number, inner: string): string {
  let url = inner;
  for (let level = 0; level < levels; level++) url = `https://applink.feishu.cn/client/web_url/open?url=${enc(url)}`;
  return url;
}
