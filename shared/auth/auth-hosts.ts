import type { Region } from '../settings/settings';

// Which hosts a region signs in against. Feishu and Lark split the open platform (API, token
// endpoint) from the accounts host (the authorize page); a custom base URL (the sandbox, a private
// deployment) serves both.

export interface AuthHosts {
  /** API and token endpoints: `{open}/open-apis/...`. */
  open: string;
  /** The authorize page the browser opens. */
  accounts: string;
}

const KNOWN: Record<Exclude<Region, 'custom'>, AuthHosts> = {
  feishu: { open: 'https://open.feishu.cn', accounts: 'https://accounts.feishu.cn' },
  lark: { open: 'https://open.larksuite.com', accounts: 'https://accounts.larksuite.com' },
};

/** Throws a clear Error for a custom region without a usable base URL. */
export function authHostsFor(region: Region, baseUrl?: string): AuthHosts {
  if (region !== 'custom') return KNOWN[region];
  if (!baseUrl) throw new Error('A custom region needs a base URL (for example http://127.0.0.1:8080).');
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new Error(`The base URL "${baseUrl}" is not a valid URL.`);
  }
  const loopback = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost' || parsed.hostname === '[::1]';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new Error('The base URL must use https (plain http is allowed only for 127.0.0.1/localhost).');
  }
  const origin = `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
  return { open: origin, accounts: origin };
}
