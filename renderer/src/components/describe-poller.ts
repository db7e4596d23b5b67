import type { TFunction } from 'i18next';
import type { AppState } from '../../../shared/ipc/view-types';
import type { TimeFormat } from '../i18n/time-format';

export interface StateDescription {
  kind: string;
  text: string;
  tone: 'calm' | 'busy' | 'warn' | 'alert';
  needsSignIn: boolean;
}

/** The poller's status (and a dead sign-in) as one sentence for the state line. */
export function describePoller(t: TFunction, state: AppState, now: number, time: TimeFormat): StateDescription {
  const poller = state.poller;
  const signIn = { kind: 'sign-in', text: t('state.signInNeeded'), tone: 'alert', needsSignIn: true } as const;
  if (state.account?.needsSignIn) return signIn;
  switch (poller.kind) {
    case 'idle':
      return { kind: 'idle', text: t('state.idle'), tone: 'calm', needsSignIn: false };
    case 'updating':
      return { kind: 'updating', text: t('state.updating'), tone: 'busy', needsSignIn: false };
    case 'offline': {
      const retry = time.relative(poller.retryAt, now);
      const text =
        poller.lastSuccessAt === null
          ? t('state.offlineNoData', { retry })
          : t('state.offline', { age: time.relative(poller.lastSuccessAt, now), retry });
      return { kind: 'offline', text, tone: 'warn', needsSignIn: false };
    }
    case 'rate-limited':
      return { kind: 'rate-limited', text: t('state.rateLimited', { time: time.clock(poller.retryAt, now) }), tone: 'warn', needsSignIn: false };
    case 'paused':
      return {
        kind: 'paused',
        text: poller.until === null ? t('state.pausedIndefinitely') : t('state.paused', { time: time.clock(poller.until, now) }),
        tone: 'calm',
        needsSignIn: false,
      };
    case 'stopped':
      if (poller.reason === 'auth-invalid' || poller.reason === 'auth-expired') return signIn;
      if (poller.reason === 'quota-exhausted') {
        const text = poller.resumeAt ? t('state.quota', { date: time.clock(poller.resumeAt, now) }) : t('state.quotaNoDate');
        return { kind: 'quota', text, tone: 'alert', needsSignIn: false };
      }
      if (poller.reason === 'permission') {
        return { kind: 'permission', text: t('state.permission', { message: poller.message }), tone: 'alert', needsSignIn: false };
      }
      return { kind: 'stopped', text: t('state.stopped', { message: poller.message }), tone: 'alert', needsSignIn: false };
  }
}
