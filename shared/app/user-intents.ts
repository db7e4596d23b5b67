import type { Poller } from '../poller/poller';
import type { PollerStatus } from '../poller/poller-status';
import { pauseUntil } from '../tray/pause-choice';
import type { AppCoreDeps } from './app-core-types';
import type { TrayEvent } from './app-ports';
import type { LinkOpener } from './link-opener';
import type { TopicRefresh } from './topic-refresh';

// What the user asks for outside the window's requests: tray menu items and tasks clicked in
// the menu, and the machine's power events (sleep, wake, unlock, back online).

export interface UserIntents {
  trayEvent(event: TrayEvent): void;
  power(event: 'suspend' | 'resume' | 'unlock' | 'online'): void;
}

type IntentDeps = Pick<AppCoreDeps, 'clock' | 'utcOffsetMinutes' | 'window' | 'renderer' | 'showSettings' | 'quit'>;

export function createUserIntents(deps: IntentDeps, parts: {
    poller: Poller;
    links: LinkOpener;
    refresh: TopicRefresh;
    status(): PollerStatus;
    budgetSpent(): boolean;
    /** A task opened from the tray menu counts as seen. */
    opened(taskId: string): void;
  }): UserIntents {
  const { poller, links } = parts;
  let asleep = false;

  function trayEvent(event: TrayEvent) {
    if (event.kind === 'task') {
      parts.opened(event.taskId);
      void links.openTask('1', event.taskId, 'pc').then((outcome) => {
        if (outcome.ok) return;
        deps.window.show();
        deps.renderer.send('nav:show-task', { topic: '1', taskId: event.taskId });
      });
      return;
    }
    const now = deps.clock.now();
    switch (event.action) {
      case 'open-window':
        return deps.window.show();
      case 'refresh':
        return void parts.refresh.refresh();
      case 'pause-hour':
        return poller.pause(pauseUntil('hour', now, deps.utcOffsetMinutes()));
      case 'pause-tomorrow':
        return poller.pause(pauseUntil('tomorrow', now, deps.utcOffsetMinutes()));
      case 'resume':
        return poller.resume();
      case 'settings':
      case 'sign-in':
        return deps.showSettings();
      case 'quit':
        return deps.quit();
    }
  }

  function power(event: 'suspend' | 'resume' | 'unlock' | 'online') {
    const status = parts.status();
    if (event === 'suspend') {
      // Timers do not run in sleep anyway; pausing keeps a wake-up from firing a stale cycle.
      if (status.kind !== 'paused' && status.kind !== 'stopped') {
        asleep = true;
        poller.pause(null);
      }
      return;
    }
    if (asleep) {
      asleep = false;
      return poller.resume(); // polls at once
    }
    if (parts.budgetSpent()) return; // the poll's timer already waits for the 1st
    if (status.kind === 'offline' || (event !== 'online' && status.kind === 'idle')) void poller.refreshNow();
  }

  return { trayEvent, power };
}
