// The open-platform base URLs. Feishu (China) and Lark (international) are fixed; a custom base
// (the local sandbox, a private deployment) is checked before any token is sent to it.

export const FEISHU_OPEN = 'https://open.feishu.cn';
export const LARK_OPEN = 'https://open.larksuite.com';

const ACCOUNTS: Readonly<Record<string, string>> = {
  [FEISHU_OPEN]: 'https://accounts.feishu.cn',
  [LARK_OPEN]: 'https://accounts.larksuite.com',
};

/** The host of the sign-in page for an open base; a custom base serves both roles itself. */
export function accountsBaseFor(openBase: string): string {
  const base = normalizeBaseUrl(openBase);
  return ACCOUNTS[base] ?? base;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * `https://open.feishu.cn/` → `https://open.feishu.cn`. Throws a clear Error for anything that
 * is not an http(s) URL, carries credentials, a query or a fragment, or uses plain http off the
 * loopback interface (a bearer token must not cross the network in clear text).
 */
export function normalizeBaseUrl(input: string): string {
  const trimmed = typeof input === 'string' ? input.trim() : '';
  if (trimmed === '') throw new Error('The base URL is empty; expected something like https://open.feishu.cn.');
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new Error(`The base URL "${trimmed}" is not a valid URL; expected something like https://open.feishu.cn.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`The base URL must start with https:// (got "${parsed.protocol}").`);
  }
  if (parsed.protocol === 'http:' && !isLoopback(parsed.hostname)) {
    throw new Error('The base URL must use https (plain http is allowed only for 127.0.0.1/localhost).');
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new Error('The base URL must not contain a user name or password.');
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw new Error('The base URL must not contain a query (?…) or fragment (#…).');
  }
  return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
}
