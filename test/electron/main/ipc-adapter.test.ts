import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type InvokeHandlers } from '../../../electron/main/ipc-adapter';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import { MAX_SEEN_IDS_PER_CALL } from '../../../shared/ipc/limits';
import { FakeIpcMain, appFrame } from '../../fakes/electron';

function setup(overrides: Record<string, (request: unknown) => unknown> = {}) {
  const calls: { channel: string; request: unknown }[] = [];
  const handlers = {
    ...Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, (request: unknown) => (calls.push({ channel, request }), `${channel} done`)])),
    ...overrides,
  } as unknown as InvokeHandlers;
  const ipc = new FakeIpcMain();
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  registerIpcHandlers(ipc, handlers, undefined, log);
  return { ipc, calls, log };
}

describe('registerIpcHandlers', () => {
  it('registers every contract channel', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('passes a valid request from the app frame, parsed with defaults applied', async () => {
    const { ipc, calls } = setup();
    await expect(ipc.invoke('tasks:open', { topic: '1', taskId: 't1' })).resolves.toBe('tasks:open done');
    expect(calls).toEqual([{ channel: 'tasks:open', request: { topic: '1', taskId: 't1', link: 'pc' } }]);
  });

  it.each([
    ['a foreign origin', appFrame('https://evil.example/index.html')],
    ['another app host', appFrame('app://other/index.html')],
    ['a subframe of the app', appFrame('app://renderer/index.html', {})],
    ['a frame that is gone', null],
  ])('refuses %s without calling the handler', async (_name, frame) => {
    const { ipc, calls } = setup();
    await expect(ipc.invoke('app:get-state', undefined, frame)).rejects.toThrow(/^refused$/);
    expect(calls).toEqual([]);
  });

  it('refuses an invalid payload with a clear error', async () => {
    const { ipc, calls } = setup();
    await expect(ipc.invoke('tasks:open', { topic: '1', taskId: '' })).rejects.toThrow(/invalid request for tasks:open \(taskId/);
    await expect(ipc.invoke('tasks:get-topic', 'nonsense')).rejects.toThrow(/invalid request/);
    expect(calls).toEqual([]);
  });

  it('takes seen rows only as a bounded list of bounded task ids', async () => {
    const { ipc, calls } = setup();
    await expect(ipc.invoke('tasks:mark-seen', { topic: '1', taskIds: ['a', 'b'] })).resolves.toBe('tasks:mark-seen done');
    await expect(ipc.invoke('tasks:mark-seen', { topic: '1' })).rejects.toThrow(/invalid request for tasks:mark-seen \(taskIds/);
    await expect(ipc.invoke('tasks:mark-seen', { topic: '1', taskIds: [] })).rejects.toThrow(/taskIds/);
    await expect(ipc.invoke('tasks:mark-seen', { topic: '1', taskIds: ['x'.repeat(201)] })).rejects.toThrow(/taskIds\.0/);
    await expect(ipc.invoke('tasks:mark-seen', { topic: '1', taskIds: Array.from({ length: MAX_SEEN_IDS_PER_CALL + 1 }, (_, i) => `t${i}`) })).rejects.toThrow(/taskIds/);
    await expect(ipc.invoke('tasks:mark-seen', { topic: '99', taskIds: ['a'] })).rejects.toThrow(/topic/);
    expect(calls).toEqual([{ channel: 'tasks:mark-seen', request: { topic: '1', taskIds: ['a', 'b'] } }]);
  });

  it('takes a task to summarise by topic and bounded id only; the approval centre takes nothing', async () => {
    const { ipc, calls } = setup();
    await expect(ipc.invoke('tasks:copy-summary', { topic: '1', taskId: 't1' })).resolves.toBe('tasks:copy-summary done');
    await expect(ipc.invoke('tasks:copy-summary', { topic: '1', taskId: 'x'.repeat(201) })).rejects.toThrow(/taskId/);
    await expect(ipc.invoke('links:open-approval-centre', { url: 'https://evil.example' })).rejects.toThrow(/invalid request/);
    expect(calls).toEqual([{ channel: 'tasks:copy-summary', request: { topic: '1', taskId: 't1' } }]);
  });

  it('never echoes a secret from a rejected sign-in payload', async () => {
    const { ipc, log } = setup();
    const secret = 'super-secret-value-123';
    const error = await ipc
      .invoke('auth:sign-in', { mode: 'oauth', region: 'feishu', appId: 'cli_a', appSecret: secret, callbackPort: 5 })
      .catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/invalid request for auth:sign-in/);
    expect((error as Error).message).not.toContain(secret);
    expect(JSON.stringify(log.warn.mock.calls)).not.toContain(secret);
  });

  it('scrubs secrets from a failing handler\'s error before the renderer sees it', async () => {
    const { ipc, log } = setup({ 'app:get-state': () => Promise.reject(new Error('upstream said Bearer u-abcdefghijklmnopqrstuvwxyz')) });
    await expect(ipc.invoke('app:get-state', undefined)).rejects.toThrow(/^upstream said Bearer \[REDACTED\]$/);
    expect(log.error).toHaveBeenCalledTimes(1);
  });
});
