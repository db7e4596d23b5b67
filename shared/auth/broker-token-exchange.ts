import type { FetchPort } from '../feishu/fetch-port';
import { normalizeBaseUrl } from '../feishu/base-url';
import { NO_REDIRECTS } from '../feishu/redirects';
import type { TokenExchangePort } from './token-exchange';

// The grant to an organisation's token broker (electron/broker), which adds the App Secret this
// machine never has. Only the grant is sent: no client_id, no secret. A redirect is not
// followed (the OAuth client turns it into an error), so a refresh token never reaches another host.

export const BROKER_TOKEN_PATH = '/oauth/token';

/** Throws a clear Error for a broker URL that is not https (http only on loopback). */
export function brokerTokenExchange(options: { brokerUrl: string; fetch: FetchPort }): TokenExchangePort {
  const endpoint = normalizeBrokerUrl(options.brokerUrl);
  return {
    endpoint,
    send: (grant) =>
      options.fetch(`${endpoint}${BROKER_TOKEN_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify(grant),
        redirect: NO_REDIRECTS,
      }),
  };
}

export function normalizeBrokerUrl(input: string): string {
  try {
    return normalizeBaseUrl(input);
  } catch (error) {
    throw new Error((error instanceof Error ? error.message : String(error)).replace(/The base URL/g, 'The broker URL'));
  }
}

/** The broker's host, as `status` and settings name it (no path, no scheme). */
export function brokerHost(brokerUrl: string): string {
  try {
    return new URL(brokerUrl).host;
  } catch {
    return brokerUrl;
  }
}
