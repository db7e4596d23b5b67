import type { TFunction } from '../i18n/translator';
import type { AppState } from '../../../shared/ipc/view-types';
import type { TimeFormat } from '../i18n/time-format';

export interface StateDescription {
  kind: string;
  /** A few words for the one-line header ("Updated 10:32", "Offline"). */
  short: string;
  /** The whole sentence: the header's tooltip, and the banner below it when something is wrong. */
  text: string;
  tone: 'calm' | 'busy' | 'warn' | 'alert';
  needsSignIn: boolean;
}

/**
 * The poller's status (and a dead sign-in) in the state line's words. Never the raw error text
 * ("connect ECONNREFUSED …"): the user gets what happened, what the app does about it, and when.
 */
export function describePoller(t: TFunction, state: AppState, now: number, time: TimeFormat): StateDescription {
  const poller = state.poller;
  const at = (when: number) => time.clock(when, now);
  const updated = poller.lastSuccessAt === null ? t('app.neverUpdated') : t('app.updatedAt', { time: at(poller.lastSuccessAt) });
  // When something is wrong, the sentence ends with how old the list on screen is.
  const dataAge = poller.lastSuccessAt === null ? '' : t('state.showingFrom', { time: at(poller.lastSuccessAt) });
  const withAge = (sentence: string) => joinSentences(sentence, dataAge);
  const describe = (kind: string, tone: StateDescription['tone'], short: string, text: string, needsSignIn = false): StateDescription => ({
    kind,
    short,
    text,
    tone,
    needsSignIn,
  });
  const signIn = describe('sign-in', 'alert', t('state.signInShort'), t('state.signInNeeded'), true);
  if (state.account?.needsSignIn) return signIn;
  switch (poller.kind) {
    case 'idle':
      return describe('idle', 'calm', updated, joinSentences(t('state.idle'), `${updated}.`));
    case 'updating':
      return describe('updating', 'busy', t('state.updating'), t('state.updating'));
    case 'offline':
      return describe('offline', 'warn', t('state.offlineShort'), withAge(t('state.offline', { time: at(poller.retryAt) })));
    case 'rate-limited':
      return describe('rate-limited', 'warn', t('state.rateLimitedShort'), withAge(t('state.rateLimited', { time: at(poller.retryAt) })));
    case 'paused': {
      const text = poller.until === null ? t('state.pausedIndefinitely') : t('state.paused', { time: at(poller.until) });
      return describe('paused', 'calm', text, text);
    }
    case 'stopped':
      if (poller.reason === 'auth-invalid' || poller.reason === 'auth-expired') return signIn;
      if (poller.reason === 'quota-exhausted') {
        const text = poller.resumeAt ? t('state.quota', { date: at(poller.resumeAt) }) : t('state.quotaNoDate');
        return describe('quota', 'alert', t('state.quotaShort'), withAge(text));
      }
      if (poller.reason === 'permission') return describe('permission', 'alert', t('state.permissionShort'), withAge(t('state.permission')));
      return describe('stopped', 'alert', t('state.stoppedShort'), withAge(t('state.stopped')));
  }
}

/** Two sentences: a space between them in English, none after a Chinese full stop. */
function joinSentences(first: string, second: string): string {
  if (!second) return first;
  return first.endsWith('。') ? first + second : `${first} ${second}`;
}
