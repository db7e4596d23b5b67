import { describe, expect, it } from 'vitest';
import { accountsBaseFor, FEISHU_OPEN, LARK_OPEN, normalizeBaseUrl } from '../../../shared/feishu/base-url';

describe('normalizeBaseUrl', () => {
  it('trims whitespace and trailing slashes', () => {
    expect(normalizeBaseUrl(' https://open.feishu.cn/ ')).toBe(FEISHU_OPEN);
    expect(normalizeBaseUrl('https://proxy.example.com/feishu//')).toBe('https://proxy.example.com/feishu');
  });

  it('allows plain http only on loopback', () => {
    expect(normalizeBaseUrl('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    expect(normalizeBaseUrl('http://localhost:3000')).toBe('http://localhost:3000');
    expect(normalizeBaseUrl('http://[::1]:3000')).toBe('http://[::1]:3000');
    expect(() => normalizeBaseUrl('http://open.feishu.cn')).toThrow(/https/);
  });

  it.each([
    ['', /empty/],
    ['open.feishu.cn', /not a valid URL/],
    ['ftp://open.feishu.cn', /https/],
    ['javascript:alert(1)', /https/],
    ['https://u:p@open.feishu.cn', /user name or password/],
    ['https://open.feishu.cn/?x=1', /query/],
  ])('refuses %j with a clear message', (input, message) => {
    expect(() => normalizeBaseUrl(input)).toThrow(message);
  });
});

describe('accountsBaseFor', () => {
  it('maps Feishu and Lark to their accounts hosts, custom bases to themselves', () => {
    expect(accountsBaseFor('https://open.feishu.cn/')).toBe('https://accounts.feishu.cn');
    expect(accountsBaseFor(LARK_OPEN)).toBe('https://accounts.larksuite.com');
    expect(accountsBaseFor('http://127.0.0.1:9000')).toBe('http://127.0.0.1:9000');
  });
});
