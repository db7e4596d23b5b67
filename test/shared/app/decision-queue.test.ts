import { describe, expect, it } from 'vitest';
import type { ApprovalClient, Decision } from '../../../shared/approval/approval-client';
import { createDecisionQueue, SETTLE_MS, UNDO_WINDOW_MS } from '../../../shared/app/decision-queue';
import type { DecisionTarget } from '../../../shared/app/decision-queue';
import { ApiError } from '../../../shared/feishu/api-error';
import type { DecisionView, FeatureAvailability } from '../../../shared/ipc/view-types';
import { createManualClock } from '../poller/manual-clock';

// The undo window and what follows it, on a manual clock with a scripted approval client: what
// the user sees (the decisions, the hidden to-do row) and what reaches Feishu (the writes).

function harness(options: { todo?: string[]; act?: Partial<FeatureAvailability>; target?: DecisionTarget | null; locale?: 'zh' | 'en' } = {}) {
  const clock = createManualClock(Date.UTC(2026, 11, 3, 1, 0));
  const todo = new Set(options.todo ?? ['t1', 't2']);
  const writes: { call: 'pass' | 'refuse'; decision: Decision }[] = [];
  let answer: () => Promise<void> = async () => undefined;
  const client: ApprovalClient = {
    listTasks: async () => ({ items: [], count: 0, calls: 1, dropped: 0 }),
    instanceDetail: async () => {
      throw new Error('not used');
    },
    pass: (decision) => (writes.push({ call: 'pass', decision }), answer()),
    refuse: (decision) => (writes.push({ call: 'refuse', decision }), answer()),
  };
  const pushed: DecisionView[][] = [];
  const hidden: ReadonlySet<string>[] = [];
  const rechecks: string[] = [];
  const learned: string[] = [];
  let calls = 0;
  let lookups = 0;
  let stillListedAfterRecheck: (taskId: string) => boolean | null = (taskId) => todo.has(taskId);
  let lookupGate: Promise<void> = Promise.resolve();
  let lookupError: Error | null = null;
  const queue = createDecisionQueue({
    clock,
    locale: () => options.locale ?? 'en',
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    approvals: () => client,
    act: () => ({ active: true, missingScopes: [], ...options.act }),
    todoTitle: (taskId) => (todo.has(taskId) ? `Expense ${taskId}` : null),
    detailsFor: async (taskId) => {
      lookups++;
      await lookupGate;
      if (lookupError) throw lookupError;
      if (options.target !== undefined) return options.target;
      return todo.has(taskId) ? { instanceCode: `I-${taskId}`, supportApiOperate: true } : null;
    },
    countCalls: (count) => void (calls += count),
    recheck: async (taskId) => (rechecks.push(taskId), stillListedAfterRecheck(taskId)),
    learnedMissingScope: (scope) => void learned.push(scope),
    hiddenChanged: (ids) => void hidden.push(ids),
    changed: (decisions) => void pushed.push(decisions),
  });
  return {
    clock,
    queue,
    todo,
    writes,
    pushed,
    rechecks,
    learned,
    calls: () => calls,
    lookups: () => lookups,
    hiddenNow: () => [...(hidden.at(-1) ?? [])],
    hiddenLog: () => hidden,
    lastPushed: () => pushed.at(-1) ?? [],
    answerWith(fn: () => Promise<void>) {
      answer = fn;
    },
    afterRecheck(fn: (taskId: string) => boolean | null) {
      stillListedAfterRecheck = fn;
    },
    failLookups(error: Error) {
      lookupError = error;
    },
    /** Holds the next lookups until the returned function is called. */
    holdLookups() {
      let release: () => void = () => undefined;
      lookupGate = new Promise<void>((resolve) => (release = resolve));
      return () => release();
    },
  };
}

/** Every hidden set published so far, as arrays (the row left the list at some point). */
const hiddenEver = (h: { hiddenLog(): ReadonlySet<string>[] }) => h.hiddenLog().map((ids) => [...ids]);

const apiError = (code: number, kind: ApiError['kind'], extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) => new ApiError({ kind, code, message: `code ${code}`, ...extra });

describe('the undo window', () => {
  it('says when it goes out (sendsAt = now + 5 s); the row stays until then and leaves when the write goes out', async () => {
    const h = harness();
    h.afterRecheck(() => false);
    const outcome = await h.queue.decide({ taskId: 't1', action: 'approve' });
    expect(outcome).toMatchObject({ ok: true, value: { taskId: 't1', title: 'Expense t1', state: 'waiting', sendsAt: h.clock.now() + 5_000 } });
    expect(UNDO_WINDOW_MS).toBe(5_000);
    expect(h.hiddenNow()).toEqual([]);
    expect(h.lastPushed()).toMatchObject([{ taskId: 't1', state: 'waiting' }]);
    await h.clock.advance(4_999);
    expect(h.hiddenNow()).toEqual([]);
    await h.clock.advance(1);
    expect(hiddenEver(h)).toContainEqual(['t1']);
  });

  it('undone within the window, nothing is sent, no call is made, and the row comes back', async () => {
    const h = harness();
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(4_999);
    expect(h.queue.undo('t1')).toEqual({ ok: true, value: undefined });
    await h.clock.advance(60_000);
    expect(h.writes).toEqual([]);
    expect(h.lookups()).toBe(0);
    expect(h.calls()).toBe(0);
    expect(h.hiddenNow()).toEqual([]);
    expect(h.queue.list()).toEqual([]);
    expect(h.lastPushed()).toEqual([]);
  });

  it('nothing goes out before 5 s; at 5 s exactly one write with the instance code and comment', async () => {
    const h = harness();
    await h.queue.decide({ taskId: 't2', action: 'reject', comment: '  Over budget ' });
    await h.clock.advance(4_999);
    expect(h.writes).toEqual([]);
    await h.clock.advance(1);
    expect(h.writes).toEqual([{ call: 'refuse', decision: { instanceCode: 'I-t2', taskId: 't2', comment: 'Over budget' } }]);
    await h.clock.advance(10 * 60_000);
    expect(h.writes).toHaveLength(1);
  });

  it('an approve without a comment sends none; the write is counted on the call meter', async () => {
    const h = harness();
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    expect(h.writes).toEqual([{ call: 'pass', decision: { instanceCode: 'I-t1', taskId: 't1' } }]);
    expect(h.calls()).toBe(1); // the lookup is the harness's own (detailsFor counts its calls itself)
  });

  it('once sending, Undo is refused with the reason', async () => {
    const h = harness();
    let release: () => void = () => undefined;
    h.answerWith(() => new Promise<void>((resolve) => (release = resolve)));
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    expect(h.queue.list()).toMatchObject([{ state: 'sending' }]);
    expect(h.queue.undo('t1')).toMatchObject({ ok: false, kind: 'sending', message: expect.stringMatching(/can no longer be undone/) });
    release();
    await h.clock.flush();
  });

  it('a second decision on a waiting task is refused; Undo of nothing says so', async () => {
    const h = harness();
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    expect(await h.queue.decide({ taskId: 't1', action: 'reject', comment: 'no' })).toMatchObject({ ok: false, kind: 'queued' });
    expect(h.queue.undo('t2')).toMatchObject({ ok: false, kind: 'not-found' });
  });
});

describe('after a successful write', () => {
  it('the decision is gone, the to-do list is re-polled, and the task stays hidden until it has left the list', async () => {
    const h = harness();
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    h.afterRecheck(() => true); // the API still lists it right after (lag)
    await h.clock.advance(5_000);
    expect(h.queue.list()).toEqual([]);
    expect(h.rechecks).toEqual(['t1']);
    expect(h.hiddenNow()).toEqual(['t1']);
    // If the list keeps it, it shows again after SETTLE_MS (the user sees what Feishu says).
    await h.clock.advance(SETTLE_MS);
    expect(h.hiddenNow()).toEqual([]);
  });

  it('unhides at once when the re-poll no longer lists it', async () => {
    const h = harness();
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    h.afterRecheck(() => false);
    await h.clock.advance(5_000);
    expect(h.hiddenNow()).toEqual([]);
    expect(h.writes).toHaveLength(1);
  });
});

describe('failures bring the row back with the reason, and are never retried', () => {
  it('a signature task: failed, with the reason and Open in Feishu; no re-poll; one write only', async () => {
    const h = harness();
    h.answerWith(async () => {
      throw apiError(1390018, 'bad-request');
    });
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    expect(h.queue.list()).toEqual([
      { taskId: 't1', title: 'Expense t1', action: 'approve', state: 'failed', sendsAt: expect.any(Number), message: expect.stringMatching(/handwritten signature/), openInFeishu: true },
    ]);
    expect(h.hiddenNow()).toEqual([]);
    expect(h.rechecks).toEqual([]);
    await h.clock.advance(60 * 60_000);
    expect(h.writes).toHaveLength(1);
    h.queue.dismiss('t1');
    expect(h.queue.list()).toEqual([]);
  });

  it('"already done" (1390010): re-polls first, then says it was handled', async () => {
    const h = harness();
    h.answerWith(async () => {
      h.todo.delete('t1');
      throw apiError(1390010, 'bad-request');
    });
    await h.queue.decide({ taskId: 't1', action: 'reject', comment: 'no' });
    await h.clock.advance(5_000);
    expect(h.rechecks).toEqual(['t1']);
    expect(h.queue.list()).toMatchObject([{ state: 'failed', message: expect.stringMatching(/already handled/), openInFeishu: true }]);
    await h.clock.advance(60 * 60_000);
    expect(h.writes).toHaveLength(1);
  });

  it('a lost answer: re-polls; still listed says nothing was done (try again), gone says probably handled', async () => {
    const h = harness();
    h.answerWith(async () => {
      throw new ApiError({ kind: 'network', message: 'Could not reach Feishu' });
    });
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.queue.decide({ taskId: 't2', action: 'approve' });
    h.afterRecheck((taskId) => taskId === 't1');
    await h.clock.advance(5_000);
    const [first, second] = h.queue.list();
    expect(first).toMatchObject({ taskId: 't1', state: 'failed', message: expect.stringMatching(/still in your to-do list, so nothing was done/) });
    expect(first?.openInFeishu).toBeUndefined();
    expect(second).toMatchObject({ taskId: 't2', state: 'failed', message: expect.stringMatching(/probably handled; check in Feishu/), openInFeishu: true });
    expect(h.rechecks.sort()).toEqual(['t1', 't2']);
    await h.clock.advance(60 * 60_000);
    expect(h.writes).toHaveLength(2);
  });

  it('"try later" (1395001) with the list unreadable: says to look in Feishu before trying again', async () => {
    const h = harness();
    h.answerWith(async () => {
      throw apiError(1395001, 'server');
    });
    h.afterRecheck(() => null);
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    expect(h.queue.list()).toMatchObject([{ state: 'failed', message: expect.stringMatching(/could not be read to check; look in Feishu/), openInFeishu: true }]);
    expect(h.writes).toHaveLength(1);
  });

  it('a missing scope names it, and the features view learns it', async () => {
    const h = harness();
    h.answerWith(async () => {
      throw apiError(99991679, 'permission', { scope: 'approval:task:write' });
    });
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    expect(h.queue.list()).toMatchObject([{ state: 'failed', message: expect.stringContaining('approval:task:write'), openInFeishu: true }]);
    expect(h.learned).toEqual(['approval:task:write']);
  });

  it('the list lookup fails: nothing was sent, and the row says so (a read scope is named as the read\'s own)', async () => {
    const h = harness();
    h.failLookups(new ApiError({ kind: 'network', message: 'lost' }));
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    expect(h.writes).toEqual([]);
    expect(h.rechecks).toEqual([]);
    const [row] = h.queue.list();
    expect(row).toMatchObject({ state: 'failed', message: expect.stringMatching(/Nothing was sent; you can try again/) });
    expect(row?.openInFeishu).toBeUndefined();

    const scoped = harness();
    scoped.failLookups(apiError(99991679, 'permission'));
    await scoped.queue.decide({ taskId: 't1', action: 'approve' });
    await scoped.clock.advance(5_000);
    expect(scoped.queue.list()[0]?.message).toContain('approval:task:read');
    expect(scoped.learned).toEqual(['approval:task:read']);
  });

  it('support_api_operate false: no write at all, the reason and Open in Feishu', async () => {
    const h = harness({ target: { instanceCode: 'I-t1', supportApiOperate: false } });
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    expect(h.writes).toEqual([]);
    expect(h.queue.list()).toMatchObject([{ state: 'failed', message: expect.stringMatching(/cannot be approved from the app/), openInFeishu: true }]);
  });

  it('the approval list no longer has the task: no write; re-polled and said handled', async () => {
    const h = harness({ target: null });
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    expect(h.writes).toEqual([]);
    expect(h.rechecks).toEqual(['t1']);
    expect(h.queue.list()).toMatchObject([{ state: 'failed', message: expect.stringMatching(/already handled/) }]);
  });

  it('the user may decide again after a failure (their own new decision, with a new undo window)', async () => {
    const h = harness();
    h.answerWith(async () => {
      throw new ApiError({ kind: 'network', message: 'lost' });
    });
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    h.answerWith(async () => undefined);
    expect(await h.queue.decide({ taskId: 't1', action: 'approve' })).toMatchObject({ ok: true, value: { state: 'waiting' } });
    await h.clock.advance(5_000);
    expect(h.writes).toHaveLength(2);
    expect(h.queue.list()).toEqual([]);
  });

  it('speaks Chinese when the app does', async () => {
    const h = harness({ locale: 'zh' });
    h.answerWith(async () => {
      throw apiError(1390018, 'bad-request');
    });
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    expect(h.queue.list()[0]?.message).toMatch(/手写签名/);
  });
});

describe('refused before queueing', () => {
  it('"Approve from the app" off, a missing scope (named), a task not in the to-do list', async () => {
    expect(await harness({ act: { active: false } }).queue.decide({ taskId: 't1', action: 'approve' })).toMatchObject({ ok: false, kind: 'turned-off' });
    expect(await harness({ act: { active: false, missingScopes: ['approval:task:write'] } }).queue.decide({ taskId: 't1', action: 'approve' })).toMatchObject({
      ok: false,
      kind: 'missing-scope',
      message: expect.stringContaining('approval:task:write'),
    });
    expect(await harness({ act: { active: false, unsupported: true } }).queue.decide({ taskId: 't1', action: 'approve' })).toMatchObject({ ok: false, kind: 'unsupported' });
    const h = harness();
    expect(await h.queue.decide({ taskId: 'elsewhere', action: 'approve' })).toMatchObject({ ok: false, kind: 'not-todo' });
    expect(await h.queue.decide({ taskId: 't1', action: 'reject', comment: '  ' })).toMatchObject({ ok: false, kind: 'comment-needed', message: 'A rejection needs a reason.' });
    expect(h.hiddenNow()).toEqual([]);
  });
});

describe('quit and sign-out', () => {
  it('a decision still in its undo window is dropped, never sent, and the window is told', async () => {
    const h = harness();
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(2_000);
    h.queue.stop();
    await h.clock.advance(60_000);
    expect(h.writes).toEqual([]);
    expect(h.lastPushed()).toEqual([]);
    expect(h.queue.list()).toEqual([]);
    expect(await h.queue.decide({ taskId: 't2', action: 'approve' })).toMatchObject({ ok: false, kind: 'stopped' });
  });

  it('past the window but before the write went out (the lookup still running): not sent either', async () => {
    const h = harness();
    const release = h.holdLookups();
    await h.queue.decide({ taskId: 't1', action: 'approve' });
    await h.clock.advance(5_000);
    expect(h.lookups()).toBe(1);
    expect(h.queue.list()).toMatchObject([{ state: 'sending' }]);
    h.queue.stop();
    release();
    await h.clock.advance(60_000);
    expect(h.writes).toEqual([]);
  });
});
