import { describe, expect, it, vi } from 'vitest';
import { createClipboard } from '../../../electron/main/clipboard-adapter';
import { createConfirmDialog } from '../../../electron/main/dialog-adapter';
import { createExternalOpener } from '../../../electron/main/external-opener';
import type { LinkContext } from '../../../shared/links/url-policy';
import { FakeClipboard, FakeDialog, FakeShell } from '../../fakes/electron';

function setup(context: LinkContext = {}) {
  const shell = new FakeShell();
  const dialog = new FakeDialog();
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  let allowed: string[] = [...(context.allowedHosts ?? [])];
  let language: 'en' | 'zh' = 'en';
  const opener = createExternalOpener({
    shell,
    confirm: createConfirmDialog(dialog),
    context: () => ({ accountHost: context.accountHost ?? null, allowedHosts: allowed }),
    allowHost: (host) => void (allowed = [...allowed, host]),
    language: () => language,
    log,
  });
  return { shell, dialog, log, opener, allowed: () => allowed, setLanguage: (next: 'en' | 'zh') => void (language = next) };
}

describe('createExternalOpener: task links', () => {
  it('opens a Feishu link without asking', async () => {
    const { shell, dialog, opener } = setup();
    await opener.open('https://applink.feishu.cn/client/mini_program/open?id=1');
    expect(shell.opened).toEqual(['https://applink.feishu.cn/client/mini_program/open?id=1']);
    expect(dialog.shown).toEqual([]);
  });

  it("opens the signed-in account's own host without asking", async () => {
    const { shell, dialog, opener } = setup({ accountHost: 'open.xfchat.iflytek.com' });
    await opener.open('https://open.xfchat.iflytek.com/approval/1');
    expect(shell.opened).toHaveLength(1);
    expect(dialog.shown).toEqual([]);
  });

  it('asks once per outside host, naming it, and remembers the answer', async () => {
    const { shell, dialog, opener, allowed } = setup();
    dialog.confirmAll();
    await opener.open('https://oa.example.com/approve?id=1');
    await opener.open('https://oa.example.com/approve?id=2');
    expect(dialog.shown).toHaveLength(1);
    expect(dialog.shown[0]?.message).toContain('oa.example.com');
    expect(dialog.shown[0]?.detail).toContain('oa.example.com');
    expect(allowed()).toEqual(['oa.example.com']);
    expect(shell.opened).toEqual(['https://oa.example.com/approve?id=1', 'https://oa.example.com/approve?id=2']);

    await opener.open('https://other.example.com/');
    expect(dialog.shown).toHaveLength(2);
  });

  it('opens nothing and remembers nothing when the user cancels, and asks again next time', async () => {
    const { shell, dialog, opener, allowed } = setup();
    await opener.open('https://oa.example.com/approve');
    expect(dialog.shown).toHaveLength(1);
    expect(dialog.shown[0]).toMatchObject({ defaultId: 1, cancelId: 1 });
    expect(shell.opened).toEqual([]);
    expect(allowed()).toEqual([]);
    await opener.open('https://oa.example.com/approve');
    expect(dialog.shown).toHaveLength(2);
  });

  it('two clicks while the question is open ask once', async () => {
    const { shell, dialog, opener } = setup();
    dialog.confirmAll().hold = true;
    const both = Promise.all([opener.open('https://oa.example.com/1'), opener.open('https://oa.example.com/2')]);
    await vi.waitFor(() => expect(dialog.shown).toHaveLength(1));
    dialog.release();
    await both;
    expect(dialog.shown).toHaveLength(1);
    expect(shell.opened).toHaveLength(2);
  });

  it('asks about the page an applink wraps, by its host', async () => {
    const { dialog, opener } = setup();
    await opener.open(`https://applink.feishu.cn/client/web_url/open?url=${encodeURIComponent('https://oa.example.com/x')}`);
    expect(dialog.shown[0]?.message).toBe('Open a link to oa.example.com?');
  });

  it('asks in the UI language', async () => {
    const { dialog, opener, setLanguage } = setup();
    setLanguage('zh');
    await opener.open('https://oa.example.com/');
    expect(dialog.shown[0]?.message).toBe('打开指向 oa.example.com 的链接？');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://example.com/',
    'https://user:pw@example.com/',
    'https://exa\u202emple.com/',
    'https://feishu-pre.cn/',
    `https://applink.feishu.cn/client/web_url/open?url=${encodeURIComponent('http://evil.com/')}`,
    'feishu://evil/client/x',
  ])('refuses %s without asking, and logs it, whoever asks', async (url) => {
    const { shell, dialog, log, opener } = setup({ allowedHosts: ['example.com', 'evil.com'] });
    dialog.confirmAll();
    await expect(opener.open(url)).rejects.toThrow('This link cannot be opened safely.');
    expect(shell.opened).toEqual([]);
    expect(dialog.shown).toEqual([]);
    expect(log.warn).toHaveBeenCalledTimes(1);
  });
});

describe('createExternalOpener: the sign-in page', () => {
  const authorize = 'https://accounts.feishu.cn/open-apis/authen/v1/authorize?client_id=cli_1&redirect_uri=http%3A%2F%2F127.0.0.1%3A47321%2Fcallback';

  it("opens the region's authorize page without asking", async () => {
    const { shell, dialog, opener } = setup();
    await opener.openSignInPage(authorize, 'https://accounts.feishu.cn');
    expect(shell.opened).toEqual([authorize]);
    expect(dialog.shown).toEqual([]);
  });

  it('opens the confirmed custom base URL, loopback http included', async () => {
    const { shell, opener } = setup();
    await opener.openSignInPage('http://127.0.0.1:8080/open-apis/authen/v1/authorize?x=1', 'http://127.0.0.1:8080');
    await opener.openSignInPage('https://open.xfchat.iflytek.com/open-apis/authen/v1/authorize', 'https://open.xfchat.iflytek.com');
    expect(shell.opened).toHaveLength(2);
  });

  it.each([
    ['another host', 'https://evil.example.com/open-apis/authen/v1/authorize', 'https://accounts.feishu.cn'],
    ['the open host instead of accounts', 'https://open.feishu.cn/open-apis/authen/v1/authorize', 'https://accounts.feishu.cn'],
    ['http off loopback', 'http://10.0.0.1/open-apis/authen/v1/authorize', 'http://10.0.0.1'],
    ['a look-alike', 'https://accounts.feishu.cn.evil.com/x', 'https://accounts.feishu.cn'],
    ['javascript', 'javascript:alert(1)', 'https://accounts.feishu.cn'],
    ['credentials', 'https://u:p@accounts.feishu.cn/x', 'https://accounts.feishu.cn'],
    ['a pre host base', 'https://accounts.feishu-pre.cn/x', 'https://accounts.feishu-pre.cn'],
  ])('refuses %s', async (_name, url, base) => {
    const { shell, opener } = setup();
    await expect(opener.openSignInPage(url, base)).rejects.toThrow('This link cannot be opened safely.');
    expect(shell.opened).toEqual([]);
  });
});

describe('createClipboard', () => {
  it('writes text to the clipboard', () => {
    const clipboard = new FakeClipboard();
    createClipboard(clipboard).writeText('https://example.com/');
    expect(clipboard.text).toBe('https://example.com/');
  });
});
