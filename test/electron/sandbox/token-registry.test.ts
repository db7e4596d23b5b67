import { describe, expect, it } from 'vitest';
import { createTokenRegistry } from '../../../electron/sandbox/token-registry';

describe('sandbox token registry', () => {
  it('knows whose a token is until it expires, is expired or revoked', () => {
    const clock = { t: 0 };
    const tokens = createTokenRegistry(() => clock.t);
    const a = tokens.issue({ userId: 'ou_a', ttlMs: 1000 });
    const b = tokens.issue({ userId: 'ou_b', ttlMs: 1000, kind: 'tenant', token: 't-fixed' });
    expect(a).toMatch(/^u-/);
    expect(b).toBe('t-fixed');
    expect(tokens.check(a)).toEqual({ ok: true, userId: 'ou_a', kind: 'user' });
    expect(tokens.check(b)).toEqual({ ok: true, userId: 'ou_b', kind: 'tenant' });
    expect(tokens.check('')).toEqual({ ok: false, reason: 'missing' });
    expect(tokens.check('nope')).toEqual({ ok: false, reason: 'invalid' });
    clock.t = 999;
    expect(tokens.check(a).ok).toBe(true);
    clock.t = 1000;
    expect(tokens.check(a)).toEqual({ ok: false, reason: 'expired' });
    clock.t = 0;
    tokens.expire(b);
    expect(tokens.check(b)).toEqual({ ok: false, reason: 'expired' });
    const c = tokens.issue({ userId: 'ou_c', ttlMs: 1000 });
    tokens.revoke(c);
    expect(tokens.check(c)).toEqual({ ok: false, reason: 'invalid' });
    expect(tokens.issue({ userId: 'ou_d', ttlMs: 1 })).not.toBe(a);
  });
});
