import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/feishu/api-error';
import type { ApiErrorKind } from '../../../shared/feishu/api-error';
import { withTransientRetries } from '../../../shared/feishu/transient-retry';

const fail = (kind: ApiErrorKind, retryAfterMs?: number) => new ApiError({ kind, message: kind, retryAfterMs });

function failing(errors: ApiError[]) {
  let calls = 0;
  return {
    run: async () => {
      const error = errors[calls++];
      if (error) throw error;
      return 'ok';
    },
    calls: () => calls,
  };
}

describe('withTransientRetries', () => {
  it('retries network, server and malformed failures with doubling waits, then succeeds', async () => {
    const sleeps: number[] = [];
    const op = failing([fail('network'), fail('server')]);
    await expect(withTransientRetries(op.run, { sleep: async (ms) => void sleeps.push(ms) })).resolves.toBe('ok');
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('gives up after the last attempt with the last error', async () => {
    const op = failing([fail('server'), fail('server'), fail('malformed')]);
    await expect(withTransientRetries(op.run, { sleep: async () => undefined })).rejects.toMatchObject({ kind: 'malformed' });
    expect(op.calls()).toBe(3);
  });

  it('waits exactly what a rate limit asks, but not longer than maxWaitMs', async () => {
    const sleeps: number[] = [];
    await withTransientRetries(failing([fail('rate-limited', 4000)]).run, { sleep: async (ms) => void sleeps.push(ms) });
    expect(sleeps).toEqual([4000]);
    const long = failing([fail('rate-limited', 120_000)]);
    await expect(withTransientRetries(long.run, { sleep: async () => undefined, maxWaitMs: 60_000 })).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(long.calls()).toBe(1);
  });

  it.each(['auth-expired', 'auth-invalid', 'permission', 'bad-request', 'quota-exhausted'] as const)('never retries %s', async (kind) => {
    const op = failing([fail(kind)]);
    await expect(withTransientRetries(op.run, { sleep: async () => undefined })).rejects.toMatchObject({ kind });
    expect(op.calls()).toBe(1);
  });
});
