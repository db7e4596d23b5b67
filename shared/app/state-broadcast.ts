import { approvalFeatures } from '../approval/approval-features';
import type { AppState } from '../ipc/view-types';
import type { PollerStatus } from '../poller/poller-status';
import type { TopicCode } from '../tasks/topic';
import type { AppCoreDeps } from './app-core-types';
import type { CallMeter } from './call-meter';
import type { TopicState } from './topic-state';
import { presentTrayFor } from './tray-state';

// Tells everyone who shows state what it is now: the tray (icon, count, menu), the platform
// badge, and the window (app state, plus the topic that just changed).

export interface StateBroadcast {
  getState(): AppState;
  /** Redraws the tray and badge and sends the window the app state (and `changedTopic`'s view). */
  render(changedTopic?: TopicCode): void;
}

type BroadcastDeps = Pick<AppCoreDeps, 'clock' | 'session' | 'settings' | 'locale' | 'utcOffsetMinutes' | 'tray' | 'badge' | 'renderer'>;

export function createStateBroadcast(
  deps: BroadcastDeps,
  parts: { topics: TopicState; meter: CallMeter; status(): PollerStatus; learnedMissingScopes(): ReadonlySet<string>; summaryLine?(taskId: string): string; budgetWait?(): { list: boolean; details: boolean } },
): StateBroadcast {
  const { clock, session } = deps;
  const { topics, meter } = parts;

  function getState(): AppState {
    return {
      demo: session.demo,
      account: session.account,
      poller: parts.status(),
      counts: topics.counts(),
      quota: meter.quota(),
      keychain: session.keychain,
      approvals: approvalFeatures({ demo: session.demo, account: session.account, settings: deps.settings(), learnedMissing: parts.learnedMissingScopes(), budgetWait: parts.budgetWait?.() }),
    };
  }

  function render(changedTopic?: TopicCode) {
    const presentation = presentTrayFor({
      snapshots: topics.snapshots(),
      seen: topics.seen(),
      looked: topics.looked(),
      status: parts.status(),
      session,
      now: clock.now(),
      utcOffsetMinutes: deps.utcOffsetMinutes(),
      locale: deps.locale(),
      summaryLine: parts.summaryLine,
    });
    deps.tray.render(presentation);
    deps.badge.setCount(presentation.badgeCount, presentation.title);
    deps.renderer.send('app:state-changed', getState());
    if (changedTopic) deps.renderer.send('tasks:topic-changed', topics.view(changedTopic, clock.now()));
  }

  return { getState, render };
}
