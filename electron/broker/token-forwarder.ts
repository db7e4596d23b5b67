import type { BrokerConfig } from './broker-config';
import type { BrokerGrant } from './token-request';

// Adds the pinned client_id and client_secret to a user grant and posts it to Feishu's v2 token
// endpoint. Feishu's answer comes back as it was (status and JSON body). Redirects are an error:
// a redirected POST would carry the secret somewhere else.

export interface UpstreamReply {
  status: number;
  /** The JSON text exactly as Feishu sent it. */
  body: string;
}

export type BrokerFetch = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string; redirect: 'error'; signal: AbortSignal }) => Promise<{ status: number; text(): Promise<string> }>;

export const TOKEN_PATH = '/open-apis/authen/v2/oauth/token';

export function createTokenForwarder(config: Pick<BrokerConfig, 'appId' | 'appSecret' | 'baseUrl'>, fetch: BrokerFetch, timeoutMs = 15_000) {
  const url = `${config.baseUrl}${TOKEN_PATH}`;
  return async function forward(grant: BrokerGrant): Promise<UpstreamReply> {
    let response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ ...grant, client_id: config.appId, client_secret: config.appSecret }),
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      return failure('upstream_unreachable', 'The broker could not reach the Feishu token endpoint.');
    }
    const text = await response.text().catch(() => '');
    if (!isJson(text)) return failure('upstream_malformed', `The Feishu token endpoint answered HTTP ${response.status} without JSON.`);
    return { status: response.status, body: text };
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function failure(error: string, description: string): UpstreamReply {
  return { status: 502, body: JSON.stringify({ error, error_description: description }) };
}
