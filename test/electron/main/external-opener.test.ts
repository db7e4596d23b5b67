import { describe, expect, it, vi } from 'vitest';
import { createClipboard } from '../../../electron/main/clipboard-adapter';
import { createExternalOpener } from '../../../electron/main/external-opener';
import { FakeClipboard, FakeShell } from '../../fakes/electron';

describe('createExternalOpener', () => {
  it('opens a policy-approved link', async () => {
    const shell = new FakeShell();
    await createExternalOpener(shell, { info: vi.fn(), warn: vi.fn(), error: vi.fn() }).open('https://applink.feishu.cn/client/mini_program/open?id=1');
    expect(shell.opened).toEqual(['https://applink.feishu.cn/client/mini_program/open?id=1']);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'http://example.com/', 'https://user:pw@example.com/', 'https://exa\u202emple.com/'])(
    'refuses %s and logs it, whoever asks',
    async (url) => {
      const shell = new FakeShell();
      const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
      await expect(createExternalOpener(shell, log).open(url)).rejects.toThrow('This link cannot be opened safely.');
      expect(shell.opened).toEqual([]);
      expect(log.warn).toHaveBeenCalledTimes(1);
    },
  );
});

describe('createClipboard', () => {
  it('writes text to the clipboard', () => {
    const clipboard = new FakeClipboard();
    createClipboard(clipboard).writeText('https://example.com/');
    expect(clipboard.text).toBe('https://example.com/');
  });
});
