import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startLoopbackListener } from '../../../electron/auth/loopback-listener';
import { isAuthError } from '../../../shared/auth/auth-error';

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
};

describe('loopback listener', () => {
  it('takes the code from the callback with our state, answers a bilingual page, and stops listening', async () => {
    const listener = await startLoopbackListener({ port: 0, state: 'S1' });
    expect(listener.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    const page = await get(`${listener.redirectUri}?code=C0DE&state=S1`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('可以关闭此标签页');
    expect(page.text).toContain('You can close this tab');
    expect(page.text).not.toContain('C0DE');
    expect(await listener.code).toBe('C0DE');
    await expect(fetch(`${listener.redirectUri}?code=again&state=S1`)).rejects.toThrow();
  });

  it('ignores a callback with another state (not our sign-in) and keeps waiting', async () => {
    const listener = await startLoopbackListener({ port: 0, state: 'mine' });
    const forged = await get(`${listener.redirectUri}?code=EVIL&state=theirs`);
    expect(forged.status).toBe(400);
    expect((await get(`${listener.redirectUri.replace('/callback', '/other')}`)).status).toBe(404);
    await get(`${listener.redirectUri}?code=GOOD&state=mine`);
    expect(await listener.code).toBe('GOOD');
  });

  it('reports access_denied clearly', async () => {
    const listener = await startLoopbackListener({ port: 0, state: 's' });
    const page = await get(`${listener.redirectUri}?error=access_denied&state=s`);
    expect(page.text).toContain('declined');
    const error = await listener.code.catch((e: unknown) => e);
    expect(isAuthError(error) && error.kind).toBe('access-denied');
  });

  it('gives up after the timeout with a clear message', async () => {
    const listener = await startLoopbackListener({ port: 0, state: 's', timeoutMs: 50 });
    const error = await listener.code.catch((e: unknown) => e);
    expect(isAuthError(error) && error.kind).toBe('timeout');
    await expect(fetch(listener.redirectUri)).rejects.toThrow();
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const listener = await startLoopbackListener({ port: 0, state: 's', signal: controller.signal });
    controller.abort();
    const error = await listener.code.catch((e: unknown) => e);
    expect(isAuthError(error) && error.kind).toBe('cancelled');
  });

  it('says which port is in use and what to do', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await startLoopbackListener({ port, state: 's' }).catch((e: unknown) => e);
      expect(isAuthError(error) && error.kind).toBe('port-in-use');
      expect((error as Error).message).toContain(`Port ${port}`);
      expect((error as Error).message).toMatch(/another callback port/);
    } finally {
      blocker.close();
    }
  });
});
