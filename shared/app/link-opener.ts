import type { Outcome } from '../ipc/contract';
import { taskLink } from '../links/url-policy';
import type { TopicCode } from '../tasks/topic';
import type { AppCoreDeps, LinkKind } from './app-core-types';
import type { TopicState } from './topic-state';

// Finds a task's link through the URL policy and opens or copies it. Only URLs that came from
// taskLink reach the opener port (whose adapter applies the policy once more at the exit).

export const NO_SAFE_LINK: Outcome = { ok: false, kind: 'no-safe-link', message: 'This task has no link that is safe to open.' };

export interface LinkOpener {
  /** False (and logged) when the system could not open it. */
  open(url: string): Promise<boolean>;
  openTask(topic: TopicCode, taskId: string, link: LinkKind): Promise<Outcome>;
  copyLink(topic: TopicCode, taskId: string, link: LinkKind): Outcome;
}

export function createLinkOpener(deps: Pick<AppCoreDeps, 'opener' | 'clipboard' | 'log'>, topics: TopicState): LinkOpener {
  async function open(url: string): Promise<boolean> {
    try {
      await deps.opener.open(url);
      return true;
    } catch (error) {
      deps.log.warn('could not open a task link', error);
      return false;
    }
  }

  function findUrl(topic: TopicCode, taskId: string, link: LinkKind): string | null {
    const task = topics.snapshot(topic).result?.tasks.find((t) => t.id === taskId);
    return task ? taskLink(task, link) : null;
  }

  return {
    open,
    async openTask(topic, taskId, link) {
      const url = findUrl(topic, taskId, link);
      if (!url) return NO_SAFE_LINK;
      return (await open(url)) ? { ok: true, value: undefined } : { ok: false, kind: 'open-failed', message: 'The link could not be opened.' };
    },
    copyLink(topic, taskId, link) {
      const url = findUrl(topic, taskId, link);
      if (!url) return NO_SAFE_LINK;
      deps.clipboard.writeText(url);
      return { ok: true, value: undefined };
    },
  };
}
