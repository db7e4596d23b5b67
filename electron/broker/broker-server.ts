import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { healthReply, json, routeProblem, tokenReply } from './broker-routes';
import type { BrokerReply } from './broker-routes';
import type { BrokerConfig } from './broker-config';
import { createRateLimiter } from './rate-limiter';
import { createTokenForwarder } from './token-forwarder';
import type { BrokerFetch } from './token-forwarder';

// The broker's HTTP server: size limit, rate limit, routing, and one access-log line per request
// (time, client, method, path, status, grant type, duration). The log never holds a body, a query
// string or a header value, so no code, token or secret can reach it.

export const MAX_BODY_BYTES = 16 * 1024;

export interface BrokerDeps {
  fetch: BrokerFetch;
  now(): number;
  log(line: string): void;
}

export interface RunningBroker {
  url: string;
  close(): Promise<void>;
}

export async function startBroker(config: BrokerConfig, deps: BrokerDeps): Promise<RunningBroker> {
  const forward = createTokenForwarder(config, deps.fetch);
  const limiter = createRateLimiter({ perWindow: config.ratePerMinute, now: deps.now });

  async function answer(req: IncomingMessage, client: string): Promise<BrokerReply> {
    const path = new URL(req.url ?? '/', 'http://broker.invalid').pathname;
    const problem = routeProblem(req.method ?? '', path);
    if (problem) return problem;
    if (path === '/healthz') return healthReply();
    const allowed = limiter.take(client);
    if (!allowed.ok) return { ...json(429, { error: 'rate_limited' }), headers: { 'Retry-After': String(allowed.retryAfterSec) } };
    const body = await readBody(req);
    if (body === null) return json(413, { error: 'request_too_large' });
    return tokenReply(body, forward);
  }

  const server = createServer((req, res) => {
    const started = deps.now();
    const client = clientAddress(req, config.trustProxy);
    void answer(req, client)
      .catch(() => json(500, { error: 'server_error' }))
      .then((reply) => {
        send(res, reply);
        const path = new URL(req.url ?? '/', 'http://broker.invalid').pathname;
        deps.log(`${new Date(started).toISOString()} ${client} ${req.method ?? '?'} ${path.slice(0, 100)} ${reply.status}${reply.grant ? ` ${reply.grant}` : ''} ${deps.now() - started}ms`);
      });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The body as text, or null once it passes the limit (the rest is not read). */
async function readBody(req: IncomingMessage): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, reply: BrokerReply): void {
  res.writeHead(reply.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(reply.body)),
    'Cache-Control': 'no-store',
    // An unread body (413, 429) must not be taken as the next request on the same connection.
    ...(reply.status === 413 || reply.status === 429 ? { Connection: 'close' } : {}),
    ...reply.headers,
  });
  res.end(reply.body);
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const direct = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return direct;
  // The proxy appends the address it saw last; earlier entries are whatever the client claimed.
  const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded.at(-1) ?? direct;
}
