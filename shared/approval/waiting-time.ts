import type { InstanceInfo } from './approval-types';

// How long a task has waited for me: from my task's own start in the instance (not the
// instance's submission: a request may have sat with someone else for days first).

export function waitingSince(instance: InstanceInfo, taskId: string): number | null {
  return instance.tasks.find((task) => task.id === taskId)?.startedAt ?? null;
}

export type WaitingUnit = 'minutes' | 'hours' | 'days';

/** Whole units, rounded down; under a minute counts as 0 minutes. Null when unknown. */
export function waitingFor(since: number | null, now: number): { amount: number; unit: WaitingUnit } | null {
  if (since === null) return null;
  const minutes = Math.max(0, Math.floor((now - since) / 60_000));
  if (minutes < 60) return { amount: minutes, unit: 'minutes' };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { amount: hours, unit: 'hours' };
  return { amount: Math.floor(hours / 24), unit: 'days' };
}

/** "等待 2 天" / "waiting 2 days"; empty when unknown. */
export function waitingLabel(since: number | null, now: number, language: 'zh' | 'en'): string {
  const waited = waitingFor(since, now);
  if (!waited) return '';
  const { amount, unit } = waited;
  if (language === 'zh') return `等待 ${amount} ${{ minutes: '分钟', hours: '小时', days: '天' }[unit]}`;
  const word = { minutes: 'minute', hours: 'hour', days: 'day' }[unit];
  return `waiting ${amount} ${word}${amount === 1 ? '' : 's'}`;
}
