import { createHash, randomBytes } from 'node:crypto';
import { startBroker } from '../../../electron/broker/broker-server';
import type { BrokerConfig } from '../../../electron/broker/broker-config';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';

// A broker in this process in front of a given Feishu stand-in, with its access log captured.
export async function startTestBroker(baseUrl: string, overrides: Partial<BrokerConfig> = {}) {
  const log: string[] = [];
  const broker = await startBroker(
    { appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, baseUrl, host: '127.0.0.1', port: 0, ratePerMinute: 1000, trustProxy: false, ...overrides },
    { fetch: (url, init) => fetch(url, init), now: Date.now, log: (line) => void log.push(line) },
  );
  const post = async (body: unknown, path = '/oauth/token') => {
    const res = await fetch(`${broker.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
  };
  return { ...broker, log, post };
}

/** Plays the browser at the sandbox's consent page: a fresh PKCE pair and the code it returns. */
export async function codeFromSandbox(sandboxUrl: string, redirectUri = 'http://127.0.0.1:47321/callback') {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const url = new URL(`${sandboxUrl}/open-apis/authen/v1/authorize`);
  for (const [k, v] of Object.entries({ client_id: SANDBOX_APP_ID, response_type: 'code', redirect_uri: redirectUri, scope: 'offline_access', state: 's', code_challenge: challenge, code_challenge_method: 'S256' })) {
    url.searchParams.set(k, v);
  }
  const res = await fetch(url, { redirect: 'manual' });
  const code = new URL(res.headers.get('location') ?? 'http://x/').searchParams.get('code');
  if (!code) throw new Error(`no code from the sandbox (HTTP ${res.status})`);
  return { code, verifier, redirectUri };
}
