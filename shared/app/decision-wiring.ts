import { approvalFeatures } from '../approval/approval-features';
import type { Poller } from '../poller/poller';
import { taskTitle } from '../tasks/task-title';
import type { AppCoreDeps } from './app-core-types';
import type { CallMeter } from './call-meter';
import { createDecisionQueue } from './decision-queue';
import type { DecisionQueue, DetailsFor } from './decision-queue';
import type { StateBroadcast } from './state-broadcast';
import type { TopicState } from './topic-state';

// Builds the decision queue's ports from the core's parts, so app-core.ts stays a list of parts.
// `detailsFor` can be given a cached lookup; the core gives none on purpose: the queue reads
// GET /tasks?topic=1 once per decision (counted) when the undo window is over, and that fresh read
// catches a task handled elsewhere meanwhile before any write (a cache cannot).

type WiringDeps = Pick<AppCoreDeps, 'clock' | 'locale' | 'log' | 'session' | 'settings' | 'renderer'>;

export interface DecisionParts {
  topics: TopicState;
  meter: CallMeter;
  poller: Poller;
  broadcast: StateBroadcast;
  learnedMissingScopes: Set<string>;
  /** The enrichment's lookup, when it has one. */
  detailsFor?: DetailsFor;
  /** The enrichment remembers a task that needs a handwritten signature. */
  markNeedsSignature?(taskId: string): void;
}

export function createDecisions(deps: WiringDeps, parts: DecisionParts): DecisionQueue {
  const { clock, session } = deps;
  const { topics, meter, poller, broadcast } = parts;
  // Decisions are the user's own, occasional calls: they spend the month but are not a rate the
  // poll interval should plan for (unlike enrichment's, which follow arrivals).
  const countCalls = (count: number) => meter.recordExtra(count, { oneOff: true });

  /** The default lookup: the approval list's to-do page(s), which carry instance_code and support_api_operate. */
  const lookUpInList: DetailsFor = async (taskId) => {
    const client = session.approvals;
    if (!client) return null;
    let calls = 1;
    try {
      const list = await client.listTasks({ topic: '1' });
      calls = list.calls;
      const item = list.items.find((candidate) => candidate.taskId === taskId);
      return item ? { instanceCode: item.instanceCode, supportApiOperate: item.supportApiOperate } : null;
    } finally {
      countCalls(calls);
    }
  };

  return createDecisionQueue({
    clock,
    locale: deps.locale,
    log: deps.log,
    approvals: () => session.approvals,
    act: () => approvalFeatures({ demo: session.demo, account: session.account, settings: deps.settings(), learnedMissing: parts.learnedMissingScopes }).act,
    todoTitle(taskId) {
      const task = topics.snapshot('1').result?.tasks.find((candidate) => candidate.id === taskId);
      return task ? taskTitle(task, deps.locale() === 'zh' ? '（无标题）' : '(untitled)') : null;
    },
    detailsFor: parts.detailsFor ?? lookUpInList,
    countCalls,
    async recheck(taskId) {
      // The user's own budget limit holds here too: no call once it is spent.
      if (meter.spent()) return null;
      const askedAt = clock.now();
      await poller.fetchOnly(['1']);
      const snapshot = topics.snapshot('1');
      if (snapshot.error !== null || snapshot.fetchedAt === null || snapshot.fetchedAt < askedAt) return null;
      return snapshot.result?.tasks.some((task) => task.id === taskId) ?? null;
    },
    needsSignature: (taskId) => parts.markNeedsSignature?.(taskId),
    learnedMissingScope(scope) {
      parts.learnedMissingScopes.add(scope);
      broadcast.render();
    },
    hiddenChanged(taskIds) {
      topics.hide('1', taskIds);
      broadcast.render('1');
    },
    changed: (decisions) => deps.renderer.send('tasks:decisions-changed', decisions),
  });
}
