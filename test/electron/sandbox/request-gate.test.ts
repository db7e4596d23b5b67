import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveSession } from '../../../electron/app/live-session';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';

// A web page can reach 127.0.0.1 too (and, by rebinding its DNS name, read the answers). The
// sandbox's knobs need this run's secret, every request must be addressed to the sandbox's own
// loopback name, and the demo inside the app has no knobs at all. Refused requests change nothing.

let sandbox: Sandbox | null = null;
afterEach(async () => {
  await sandbox?.close();
  sandbox = null;
});

/** A raw HTTP request, so the Host header can be anything (fetch sets its own). */
function send(url: string, path: string, options: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; text: string }> {
  const target = new URL(path, url);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname: target.hostname, port: target.port, path: target.pathname + target.search, method: options.method ?? 'GET', headers: { host: options.host ?? target.host, ...options.headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const NEW_TASK = JSON.stringify({ topic: '1', title: 'Injected by a web page' });

describe('sandbox control routes', () => {
  it('refuse a request without the secret, or with a wrong one, and change nothing', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 2 } });
    for (const headers of [{} as Record<string, string>, { 'x-sandbox-control': 'guess' }, { 'x-sandbox-control': `${sandbox.controlSecret}x` }]) {
      expect((await send(sandbox.url, '/__sandbox/tasks', { method: 'POST', body: NEW_TASK, headers })).status).toBe(403);
      expect((await send(sandbox.url, '/__sandbox/fault', { method: 'POST', body: '{"kind":"server-error"}', headers })).status).toBe(403);
      expect((await send(sandbox.url, '/__sandbox/auth/settings', { method: 'POST', body: '{"revokeRefreshTokens":true}', headers })).status).toBe(403);
    }
    expect(sandbox.data.count('1')).toBe(2);
    expect(sandbox.requests.filter((r) => r.path === '/__sandbox/state')).toEqual([]);
    const state = await send(sandbox.url, '/__sandbox/state', { headers: { 'x-sandbox-control': sandbox.controlSecret! } });
    expect(JSON.parse(state.text)).toMatchObject({ counts: { '1': 2 }, fault: null });
  });

  it('refuse a foreign Host (DNS rebinding) even with the secret, and change nothing', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 2 } });
    const port = new URL(sandbox.url).port;
    const secret = { 'x-sandbox-control': sandbox.controlSecret! };
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`, `localhost:${Number(port) + 1}`]) {
      expect((await send(sandbox.url, '/__sandbox/tasks', { method: 'POST', body: NEW_TASK, host, headers: secret })).status, host).toBe(403);
      // The API too: a rebound page must not read demo data or the sign-in endpoints either.
      const query = await send(sandbox.url, `/open-apis/approval/v4/tasks/query?user_id=${sandbox.demoUserId}&topic=1`, { host, headers: { authorization: `Bearer ${sandbox.demoToken}` } });
      expect(query.status, host).toBe(403);
    }
    expect(sandbox.data.count('1')).toBe(2);
  });

  it('accept the secret from 127.0.0.1:PORT and localhost:PORT', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 2 } });
    const port = new URL(sandbox.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await send(sandbox.url, '/__sandbox/tasks', { method: 'POST', body: NEW_TASK, host, headers: { 'x-sandbox-control': sandbox.controlSecret! } })).status).toBe(200);
    }
    expect(sandbox.data.count('1')).toBe(5);
  });

  it('do not exist when the sandbox is started without them', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 2 }, controlRoutes: false });
    expect(sandbox.controlSecret).toBeNull();
    expect((await send(sandbox.url, '/__sandbox/tasks', { method: 'POST', body: NEW_TASK })).status).toBe(404);
    expect((await send(sandbox.url, '/__sandbox/state')).status).toBe(404);
    expect(sandbox.data.count('1')).toBe(2);
  });
});

describe("the app's demo sandbox", () => {
  it('has no control routes: a page cannot add a task to what the tray shows', async () => {
    const live = await createLiveSession({
      account: null,
      secrets: createMemorySecretStore(),
      keychain: { available: true },
      fetch: (url, init) => fetch(url, init),
      now: Date.now,
      onAccountChange: () => undefined,
      onWarning: () => undefined,
    });
    try {
      const before = (await live.session.fetchTopic('1', undefined)).tasks.length;
      for (const path of ['/__sandbox/tasks', '/__sandbox/fault']) {
        const answer = await send(live.sandboxUrl!, path, { method: 'POST', body: NEW_TASK, headers: { 'content-type': 'text/plain' } });
        expect(answer.status).toBe(404);
      }
      expect((await live.session.fetchTopic('1', undefined)).tasks.length).toBe(before);
    } finally {
      await live.close();
    }
  });
});
