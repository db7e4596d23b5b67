import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createArrivals } from './arrivals';
import { registerApprovalRoutes } from './approval-routes';
import { createApprovalStore } from './approval-store';
import { registerAuthRoutes } from './auth/routes';
import { registerControlRoutes } from './control-routes';
import { createFaultState } from './faults';
import { BodyTooLargeError, readSandboxRequest, recordOf, sendReply } from './http-exchange';
import { createRequestGate, loopbackHosts } from './request-gate';
import type { RequestGate } from './request-gate';
import type { RecordedRequest, Sandbox, SandboxHandler, SandboxOptions } from './sandbox-types';
import { createTaskStore } from './task-store';
import { TASKS_QUERY_PATH, createTasksQueryHandler } from './tasks-query-route';
import { createTokenRegistry } from './token-registry';

export type * from './sandbox-types';

// A local stand-in for Feishu's open platform: the approval tasks query, the user-level approval
// APIs (task list, instance detail, pass/refuse: approval-routes.ts), the sign-in endpoints
// and /__sandbox knobs, on a real HTTP server, so the app, CLI, tests and demo need no tenant.
// Only requests addressed to its loopback name are served, and the knobs need a per-run secret
// (request-gate.ts); the in-app demo starts it without knobs at all.

export const DEMO_TOKEN = 'u-sandbox-demo-token';
export const DEMO_USER_ID = 'ou_sandbox_demo_user';
const TEN_YEARS_MS = 10 * 365 * 24 * 3600_000;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now;
  const tokens = createTokenRegistry(now);
  const store = createTaskStore({ seed: options.seed ?? 1, userId: DEMO_USER_ID, tasksPerTopic: options.tasksPerTopic, wordStatuses: options.wordStatuses });
  const approvals = createApprovalStore({ store, userId: DEMO_USER_ID, now, wordStatuses: options.wordStatuses });
  const faults = createFaultState();
  const arrivals = createArrivals({ now, everyMs: options.arrivalEveryMs, data: store });
  const routes = new Map<string, SandboxHandler>();
  const requests: RecordedRequest[] = [];
  const controlSecret = options.controlRoutes === false ? null : randomBytes(24).toString('hex');
  let gate: RequestGate | null = null; // set once the port is known, before the first request
  let logCounter = 0;
  const nextLogId = () => `20261125sandbox${String(++logCounter).padStart(8, '0')}`;

  const server = createServer((req, res) => {
    requests.push(recordOf(req, now()));
    arrivals.catchUp();
    void (async () => {
      try {
        const request = await readSandboxRequest(req);
        const refusal = gate?.refusal(request);
        if (refusal) return sendReply(res, refusal);
        const handler = routes.get(`${request.method} ${request.path}`);
        if (!handler) return sendReply(res, { status: 404, body: { code: 404, msg: `The sandbox has no route ${request.method} ${request.path}.` } });
        sendReply(res, await handler(request));
      } catch (error) {
        if (res.headersSent) return void res.destroy();
        if (error instanceof BodyTooLargeError) return sendReply(res, { status: 413, body: { code: 413, msg: 'The body is too large.' } });
        sendReply(res, { status: 500, body: { code: 500, msg: 'The sandbox failed to answer this request.' } });
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  gate = createRequestGate(loopbackHosts(host, address.port), controlSecret);

  const sandbox: Sandbox = {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets (fetch pools them) would otherwise hold close() open.
        server.closeAllConnections();
      }),
    tokens,
    data: store,
    approvals,
    setFault: (fault) => faults.set(fault),
    requests,
    route: (method, path, handler) => void routes.set(`${method} ${path}`, handler),
    demoToken: tokens.issue({ userId: DEMO_USER_ID, ttlMs: TEN_YEARS_MS, token: DEMO_TOKEN, kind: 'user' }),
    demoUserId: DEMO_USER_ID,
    controlSecret,
  };
  sandbox.route('GET', TASKS_QUERY_PATH, createTasksQueryHandler({ tokens, store, faults, demoUserId: DEMO_USER_ID, nextLogId }));
  registerApprovalRoutes(sandbox, { tokens, faults, nextLogId }, approvals);
  if (controlSecret !== null) registerControlRoutes(sandbox, faults);
  registerAuthRoutes(sandbox, now);
  return sandbox;
}
