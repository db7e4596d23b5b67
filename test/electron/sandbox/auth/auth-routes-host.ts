import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { Sandbox } from '../../../../electron/sandbox/server';
import { registerAuthRoutes } from '../../../../electron/sandbox/auth/routes';
import { CONTROL_HEADER } from '../../../../electron/sandbox/request-gate';

// A minimal host for the auth routes alone (route table + token registry), so the sign-in
// endpoints and flows are tested without the rest of the sandbox. The end-to-end test uses the
// real sandbox server.

type Handler = (req: { method: string; path: string; query: URLSearchParams; headers: IncomingHttpHeaders; body: string; json(): unknown }) => unknown;

export async function startAuthRoutesHost() {
  const routes = new Map<string, Handler>();
  const issued = new Map<string, { userId: string; expiresAt: number; kind: 'user' | 'tenant'; revoked: boolean }>();
  const requests: { method: string; path: string }[] = [];
  const tokens = {
    issue: (input: { userId: string; ttlMs: number; token?: string; kind?: 'user' | 'tenant' }) => {
      const token = input.token ?? `tok-${issued.size}`;
      issued.set(token, { userId: input.userId, expiresAt: Date.now() + input.ttlMs, kind: input.kind ?? 'user', revoked: false });
      return token;
    },
    check: (token: string) => {
      const entry = issued.get(token);
      if (!entry || entry.revoked) return { ok: false as const, reason: 'invalid' as const };
      if (Date.now() >= entry.expiresAt) return { ok: false as const, reason: 'expired' as const };
      return { ok: true as const, userId: entry.userId, kind: entry.kind };
    },
    expire: (token: string) => void (issued.get(token) && (issued.get(token)!.expiresAt = 0)),
    revoke: (token: string) => void (issued.get(token) && (issued.get(token)!.revoked = true)),
    /** The approval scopes each token was issued without (the token route sets them). */
    notGranted: new Map<string, readonly string[]>(),
    restrictScopes(token: string, lacks: { notGranted?: readonly string[] }) {
      tokens.notGranted.set(token, lacks.notGranted ?? []);
    },
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body = '';
    for await (const chunk of req) body += chunk;
    requests.push({ method: req.method ?? '', path: url.pathname });
    const handler = routes.get(`${req.method} ${url.pathname}`);
    if (!handler) return void res.writeHead(404).end();
    const reply = (await handler({ method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body, json: () => JSON.parse(body) })) as {
      status: number;
      headers?: Record<string, string>;
      body: string | object;
    };
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers }).end(text);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const host = {
    url,
    tokens,
    requests,
    demoUserId: 'ou_sandbox_demo_user',
    route: (method: string, path: string, handler: Handler) => void routes.set(`${method} ${path}`, handler),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  registerAuthRoutes(host as unknown as Sandbox);
  return host;
}

/** Tune the sandbox's sign-in knobs (lifetimes, failures, delays) over HTTP; `controlSecret`: the real sandbox's. */
export async function setAuthSettings(baseUrl: string, settings: Record<string, unknown>, controlSecret?: string | null): Promise<void> {
  const headers = controlSecret ? { [CONTROL_HEADER]: controlSecret } : undefined;
  const res = await fetch(`${baseUrl}/__sandbox/auth/settings`, { method: 'POST', body: JSON.stringify(settings), headers });
  if (res.status !== 200) throw new Error(`sandbox settings refused: ${await res.text()}`);
}

/** Play the browser: open the authorize URL, follow its redirect to the loopback callback. */
export async function approveInBrowser(authorizeUrl: string): Promise<{ status: number; page: string }> {
  const consent = await fetch(authorizeUrl, { redirect: 'manual' });
  const location = consent.headers.get('location');
  if (consent.status !== 302 || !location) throw new Error(`authorize page answered ${consent.status}: ${await consent.text()}`);
  const callback = await fetch(location);
  return { status: callback.status, page: await callback.text() };
}
