import type { Outcome } from '../ipc/contract';
import { approvalCentreUrl } from '../links/approval-centre';
import { taskLink } from '../links/url-policy';
import { taskSummary } from '../tasks/task-summary';
import type { TopicCode } from '../tasks/topic';
import type { AppCoreDeps, LinkKind } from './app-core-types';
import type { TopicState } from './topic-state';

// Finds a task's link through the URL policy and opens or copies it. Only URLs that came from
// taskLink (or the approval centre's fixed applink) reach the opener port, whose adapter applies
// the policy once more at the exit. For a task with no link: its name and instance code on the
// clipboard, and Feishu's approval centre, so the user can still find it.

export const NO_SAFE_LINK: Outcome = { ok: false, kind: 'no-safe-link', message: 'This task has no link that is safe to open.' };

export interface LinkOpener {
  /** False (and logged) when the system could not open it. */
  open(url: string): Promise<boolean>;
  openTask(topic: TopicCode, taskId: string, link: LinkKind): Promise<Outcome>;
  copyLink(topic: TopicCode, taskId: string, link: LinkKind): Outcome;
  /** The task's name, approval and instance code, as plain text, from main's own snapshot. */
  copySummary(topic: TopicCode, taskId: string): Outcome;
  /** The approval centre's pending list for the account's region (none for custom hosts). */
  openApprovalCentre(): Promise<Outcome>;
}

export const NO_TASK: Outcome = { ok: false, kind: 'no-task', message: 'This task is no longer in the list.' };
export const NO_CENTRE: Outcome = { ok: false, kind: 'no-centre', message: "No approval centre is known for this account's server." };
const OPEN_FAILED: Outcome = { ok: false, kind: 'open-failed', message: 'The link could not be opened.' };

export function createLinkOpener(deps: Pick<AppCoreDeps, 'opener' | 'clipboard' | 'log' | 'session' | 'locale'>, topics: TopicState): LinkOpener {
  async function open(url: string): Promise<boolean> {
    try {
      await deps.opener.open(url);
      return true;
    } catch (error) {
      deps.log.warn('could not open a task link', error);
      return false;
    }
  }

  const findTask = (topic: TopicCode, taskId: string) => topics.snapshot(topic).result?.tasks.find((t) => t.id === taskId);
  function findUrl(topic: TopicCode, taskId: string, link: LinkKind): string | null {
    const task = findTask(topic, taskId);
    return task ? taskLink(task, link) : null;
  }

  return {
    open,
    async openTask(topic, taskId, link) {
      const url = findUrl(topic, taskId, link);
      if (!url) return NO_SAFE_LINK;
      return (await open(url)) ? { ok: true, value: undefined } : OPEN_FAILED;
    },
    copyLink(topic, taskId, link) {
      const url = findUrl(topic, taskId, link);
      if (!url) return NO_SAFE_LINK;
      deps.clipboard.writeText(url);
      return { ok: true, value: undefined };
    },
    copySummary(topic, taskId) {
      const task = findTask(topic, taskId);
      if (!task) return NO_TASK;
      deps.clipboard.writeText(taskSummary(task, deps.locale()));
      return { ok: true, value: undefined };
    },
    async openApprovalCentre() {
      const url = approvalCentreUrl(deps.session.account?.region);
      if (!url) return NO_CENTRE;
      return (await open(url)) ? { ok: true, value: undefined } : OPEN_FAILED;
    },
  };
}
