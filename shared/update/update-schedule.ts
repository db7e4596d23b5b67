import type { UpdateState } from './update-state';

// When the app looks for an update, and when it may restart into one. Pure rules; the update
// controller (electron/update/update-controller.ts) feeds in the clock and the machine's state.
//
// - The first check comes about a minute after start (never during start-up), then about once a
//   day; after a failure (network, server, a corrupt download) the next try is a few hours later.
// - Never while offline (Electron's net.isOnline()) or while the machine sleeps. Electron does
//   not say whether a network is metered, so that stays unknown: a once-a-day metadata check and
//   one download per release is the whole cost.
// - Never restarts on its own: only when the user chose "Restart to update", and not while an
//   approval action is pending (it would be lost mid-flight).

export const FIRST_CHECK_DELAY_MS = 60_000;
export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
export const RETRY_AFTER_FAILURE_MS = 4 * 60 * 60 * 1000;

export interface ScheduleFacts {
  startedAt: number;
  lastCheckAt: number | null;
  lastFailureAt: number | null;
}

/** When the next check is due (epoch ms). */
export function nextCheckAt(facts: ScheduleFacts): number {
  const { startedAt, lastCheckAt, lastFailureAt } = facts;
  if (lastFailureAt !== null && (lastCheckAt === null || lastFailureAt >= lastCheckAt)) return lastFailureAt + RETRY_AFTER_FAILURE_MS;
  if (lastCheckAt === null) return startedAt + FIRST_CHECK_DELAY_MS;
  return lastCheckAt + CHECK_INTERVAL_MS;
}

export type CheckDecision =
  | { check: true }
  | { check: false; reason: 'off' | 'busy' | 'ready' | 'offline' | 'asleep' | 'not-due'; dueAt?: number };

export function checkDecision(input: ScheduleFacts & { now: number; state: UpdateState; online: boolean; asleep: boolean }): CheckDecision {
  const { state } = input;
  if (state.kind === 'off') return { check: false, reason: 'off' };
  if (state.kind === 'checking' || state.kind === 'downloading') return { check: false, reason: 'busy' };
  // Downloaded and waiting for the user: nothing to check until they restart.
  if (state.kind === 'ready') return { check: false, reason: 'ready' };
  if (input.asleep) return { check: false, reason: 'asleep' };
  if (!input.online) return { check: false, reason: 'offline' };
  const dueAt = nextCheckAt(input);
  return input.now >= dueAt ? { check: true } : { check: false, reason: 'not-due', dueAt };
}

export type RestartDecision = { restart: true } | { restart: false; reason: 'nothing-ready' | 'action-pending' };

/** Only the user's click restarts; an approval action in flight makes it wait. */
export function restartDecision(input: { state: UpdateState; pendingActions: number }): RestartDecision {
  if (input.state.kind !== 'ready') return { restart: false, reason: 'nothing-ready' };
  if (input.pendingActions > 0) return { restart: false, reason: 'action-pending' };
  return { restart: true };
}
