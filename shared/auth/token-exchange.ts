import type { FetchPort, FetchResponse } from '../feishu/fetch-port';
import { NO_REDIRECTS } from '../feishu/redirects';

// The two user grants, and who turns them into tokens. Feishu's token endpoint needs the App
// Secret with every grant; that secret is either on this machine (direct exchange) or held by an
// organisation's broker, which adds it (broker-token-exchange.ts). The OAuth client reads the
// answer the same way for both, so refresh rules (rotation, single flight, locks) apply to both.

export type TokenGrant =
  | { grant_type: 'authorization_code'; code: string; redirect_uri: string; code_verifier: string }
  | { grant_type: 'refresh_token'; refresh_token: string };

export interface TokenExchangePort {
  /** Where grants go, for messages (an origin; never a secret). */
  readonly endpoint: string;
  /** Posts one grant; the answer is Feishu's v2 token endpoint answer, status and JSON body. */
  send(grant: TokenGrant): Promise<FetchResponse>;
}

export const FEISHU_TOKEN_PATH = '/open-apis/authen/v2/oauth/token';

/** The grant straight to Feishu with this app's id and secret. */
export function directTokenExchange(options: { openBase: string; fetch: FetchPort; appId: string; appSecret: string }): TokenExchangePort {
  const endpoint = options.openBase.replace(/\/+$/, '');
  return {
    endpoint,
    send: (grant) =>
      options.fetch(`${endpoint}${FEISHU_TOKEN_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ ...grant, client_id: options.appId, client_secret: options.appSecret }),
        redirect: NO_REDIRECTS,
      }),
  };
}
