import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';

// `npm run sandbox` as a user runs it: it prints where it listens and how to try it, serves
// tasks, takes faults over HTTP, and stops cleanly on SIGTERM.

describe('sandbox main (npm run sandbox)', () => {
  it('starts, prints the URL, token, user id and a CLI example, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/sandbox/main.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    try {
      const deadline = Date.now() + 15_000;
      while (!/Control: .*\n/.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
      const url = /Sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      expect(url, out).toBeTruthy();
      expect(out).toContain('u-sandbox-demo-token');
      expect(out).toContain('ou_sandbox_demo_user');
      expect(out).toContain(`printf %s u-sandbox-demo-token | npm run cli -- tasks --base-url ${url} --token-stdin --user-id ou_sandbox_demo_user`);

      const query = `${url}/open-apis/approval/v4/tasks/query?user_id=ou_sandbox_demo_user&topic=1`;
      const ok = (await (await fetch(query, { headers: { Authorization: 'Bearer u-sandbox-demo-token' } })).json()) as { code: number };
      expect(ok.code).toBe(0);
      const secret = /x-sandbox-control: ([0-9a-f]{48})/.exec(out)?.[1];
      expect(secret, out).toBeTruthy();
      const fault = JSON.stringify({ kind: 'quota-exhausted', times: 1 });
      expect((await fetch(`${url}/__sandbox/fault`, { method: 'POST', body: fault })).status).toBe(403);
      expect((await fetch(`${url}/__sandbox/fault`, { method: 'POST', body: fault, headers: { 'x-sandbox-control': secret! } })).status).toBe(200);
      const limited = (await (await fetch(query, { headers: { Authorization: 'Bearer u-sandbox-demo-token' } })).json()) as { code: number };
      expect(limited.code).toBe(99991403);

      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
