import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedRequest, SandboxReply, SandboxRequest } from './sandbox-types';

// Turning node:http's request into a SandboxRequest, a SandboxReply back into bytes, and a request
// into a log entry that never holds a credential.

const MAX_BODY_BYTES = 1 << 20;
const SECRET_QUERY_KEYS = new Set(['access_token', 'refresh_token', 'client_secret', 'app_secret', 'code', 'code_verifier']);

export class BodyTooLargeError extends Error {}

export async function readSandboxRequest(req: IncomingMessage): Promise<SandboxRequest> {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('body too large');
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks).toString('utf8');
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body,
    json: () => (body.trim() === '' ? undefined : JSON.parse(body)),
  };
}

export function sendReply(res: ServerResponse, reply: SandboxReply): void {
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...reply.headers,
  });
  res.end(text);
}

export function recordOf(req: IncomingMessage, at: number): RecordedRequest {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = SECRET_QUERY_KEYS.has(key) ? '[redacted]' : value;
  return { method: req.method ?? 'GET', path: url.pathname, query, hasAuth: typeof req.headers.authorization === 'string', at };
}
