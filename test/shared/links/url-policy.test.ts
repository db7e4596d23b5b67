import { describe, expect, it } from 'vitest';
import { safeExternalUrl, taskLink } from '../../../shared/links/url-policy';
import { normalizeTask } from '../../../shared/tasks/normalize-task';

describe('safeExternalUrl', () => {
  it.each([
    'https://www.feishu.cn/approval/openapi/instanceDetail?id=1',
    'https://applink.feishu.cn/client/mini_program/open?appId=x',
    'lark://applink.feishu.cn/client/approval',
    'feishu://applink/approval?id=1',
  ])('allows %s', (url) => {
    expect(safeExternalUrl(url)).not.toBeNull();
  });

  it('returns the normalised URL', () => {
    expect(safeExternalUrl('HTTPS://Example.COM/a b'.replace(' ', '%20'))).toBe('https://example.com/a%20b');
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript, mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript, leading space', ' javascript:alert(1)'],
    ['javascript, tab inside', 'java\tscript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['http', 'http://example.com/'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['credentials', 'https://user:pass@example.com/'],
    ['user only', 'https://user@example.com/'],
    ['newline', 'https://example.com/\nx'],
    ['NUL', 'https://example.com/\u0000'],
    ['bidi override', 'https://example.com/\u202Efdp.exe'],
    ['malformed', 'https://'],
    ['relative', '/approval/1'],
    ['garbage', 'not a url'],
    ['too long', `https://example.com/${'a'.repeat(2100)}`],
    ['empty app scheme', 'lark:'],
    ['other app scheme', 'ms-settings:privacy'],
  ])('rejects %s', (_name, url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });

  it('rejects missing values', () => {
    expect(safeExternalUrl(undefined)).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
    expect(safeExternalUrl('')).toBeNull();
  });

  it('allows exactly 2048 characters', () => {
    const url = `https://example.com/${'a'.repeat(2048 - 20)}`;
    expect(url).toHaveLength(2048);
    expect(safeExternalUrl(url)).toBe(url);
  });
});

describe('taskLink', () => {
  it('applies the policy to each link of a task', () => {
    const task = normalizeTask(
      { task_id: 't', urls: { pc: 'https://x.feishu.cn/pc', mobile: 'javascript:alert(1)' } },
      '1',
    )!;
    expect(taskLink(task, 'pc')).toBe('https://x.feishu.cn/pc');
    expect(taskLink(task, 'mobile')).toBeNull();
    expect(taskLink(task, 'helpdesk')).toBeNull();
  });
});
