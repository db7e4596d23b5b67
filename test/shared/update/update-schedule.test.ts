import { describe, expect, it } from 'vitest';
import { CHECK_INTERVAL_MS, checkDecision, FIRST_CHECK_DELAY_MS, nextCheckAt, RETRY_AFTER_FAILURE_MS, restartDecision } from '../../../shared/update/update-schedule';
import type { UpdateState } from '../../../shared/update/update-state';

const START = 1_000_000;
const idle: UpdateState = { kind: 'idle', lastCheckAt: null };
const base = { startedAt: START, lastCheckAt: null, lastFailureAt: null, online: true, asleep: false, state: idle };

describe('when to look for an update', () => {
  it('first about a minute after start, then once a day, and a few hours after a failure', () => {
    expect(nextCheckAt(base)).toBe(START + FIRST_CHECK_DELAY_MS);
    expect(nextCheckAt({ ...base, lastCheckAt: START + 60_000 })).toBe(START + 60_000 + CHECK_INTERVAL_MS);
    expect(nextCheckAt({ ...base, lastCheckAt: START, lastFailureAt: START + 5 })).toBe(START + 5 + RETRY_AFTER_FAILURE_MS);
    expect(checkDecision({ ...base, now: START + 59_000 })).toEqual({ check: false, reason: 'not-due', dueAt: START + FIRST_CHECK_DELAY_MS });
    expect(checkDecision({ ...base, now: START + FIRST_CHECK_DELAY_MS })).toEqual({ check: true });
  });

  it('never offline, asleep, while busy, when off, or with an update already waiting', () => {
    const due = START + CHECK_INTERVAL_MS;
    expect(checkDecision({ ...base, now: due, online: false })).toMatchObject({ check: false, reason: 'offline' });
    expect(checkDecision({ ...base, now: due, asleep: true })).toMatchObject({ check: false, reason: 'asleep' });
    expect(checkDecision({ ...base, now: due, state: { kind: 'downloading', version: '1.2.3', percent: 10 } })).toMatchObject({ reason: 'busy' });
    expect(checkDecision({ ...base, now: due, state: { kind: 'off', reason: 'no-feed' } })).toMatchObject({ reason: 'off' });
    expect(checkDecision({ ...base, now: due, state: { kind: 'ready', version: '1.2.3', releaseNotes: null } })).toMatchObject({ reason: 'ready' });
  });

  it('restarts only into a ready update, and not while an approval action is pending', () => {
    const ready: UpdateState = { kind: 'ready', version: '1.2.3', releaseNotes: null };
    expect(restartDecision({ state: ready, pendingActions: 0 })).toEqual({ restart: true });
    expect(restartDecision({ state: ready, pendingActions: 1 })).toEqual({ restart: false, reason: 'action-pending' });
    expect(restartDecision({ state: idle, pendingActions: 0 })).toEqual({ restart: false, reason: 'nothing-ready' });
  });
});
