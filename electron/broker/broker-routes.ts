import { parseTokenRequest } from './token-request';
import type { BrokerGrant } from './token-request';
import type { UpstreamReply } from './token-forwarder';

// The broker's two routes and what every other request gets. Pure: the HTTP server reads the
// request, this decides the answer.

export interface BrokerReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** For the access log: which grant was asked for (never its values). */
  grant?: BrokerGrant['grant_type'];
}

const ROUTES: Record<string, string> = { '/oauth/token': 'POST', '/healthz': 'GET' };

/** 404 for unknown paths, 405 for a known path with the wrong method; null when the route is fine. */
export function routeProblem(method: string, path: string): BrokerReply | null {
  const allowed = ROUTES[path];
  if (!allowed) return json(404, { error: 'not_found' });
  if (method !== allowed) return { ...json(405, { error: 'method_not_allowed' }), headers: { Allow: allowed } };
  return null;
}

export function healthReply(): BrokerReply {
  return json(200, { ok: true });
}

export async function tokenReply(rawBody: string, forward: (grant: BrokerGrant) => Promise<UpstreamReply>): Promise<BrokerReply> {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return json(400, { error: 'invalid_request', error_description: 'The body must be JSON.' });
  }
  const parsed = parseTokenRequest(body);
  if (!parsed.ok) return json(400, { error: parsed.error, error_description: parsed.description });
  const upstream = await forward(parsed.grant);
  return { status: upstream.status, body: upstream.body, grant: parsed.grant.grant_type };
}

export function json(status: number, body: object): BrokerReply {
  return { status, body: JSON.stringify(body) };
}
