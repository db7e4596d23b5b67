import { afterEach, describe, expect, it } from 'vitest';
import { openWithSystem } from '../../../electron/auth/system-opener';

// The CLI's browser opener hands its URL to xdg-open/open/start, which run any scheme they are
// given: only a sign-in page the URL policy accepts gets that far.

const path = process.env.PATH;
afterEach(() => {
  process.env.PATH = path;
});

describe('openWithSystem', () => {
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://evil.example.com/open-apis/authen/v1/authorize',
    'smb://evil.example.com/share',
    'https://u:p@accounts.feishu.cn/x',
    'https://accounts.feishu.cn/\u202Ex',
    '--help',
  ])('refuses %s before starting any program', async (url) => {
    process.env.PATH = '/nonexistent';
    await expect(openWithSystem(url, 'linux')).rejects.toThrow('This link cannot be opened safely.');
  });

  it.each(['https://accounts.feishu.cn/open-apis/authen/v1/authorize?client_id=x', 'http://127.0.0.1:4000/open-apis/authen/v1/authorize'])(
    'passes %s on to the desktop opener',
    async (url) => {
      // No opener on this PATH: the failure to start one proves the URL got past the policy.
      process.env.PATH = '/nonexistent';
      await expect(openWithSystem(url, 'linux')).rejects.toMatchObject({ code: 'ENOENT' });
    },
  );
});
