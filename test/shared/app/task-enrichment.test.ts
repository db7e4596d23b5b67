import { describe, expect, it } from 'vitest';
import type { ApprovalClient } from '../../../shared/approval/approval-client';
import type { ApprovalItem, InstanceInfo } from '../../../shared/approval/approval-types';
import { emptyEnrichmentCache } from '../../../shared/app/enrichment-cache';
import type { EnrichmentCache } from '../../../shared/app/enrichment-cache';
import { CALL_TIMEOUT_MS, createTaskEnrichment, LIST_RETRY_AFTER_MS, SUMMARY_WAIT_MS } from '../../../shared/app/task-enrichment';
import type { TopicSnapshot } from '../../../shared/app/topic-snapshots';
import { ApiError } from '../../../shared/feishu/api-error';
import type { TopicResult } from '../../../shared/feishu/tasks-client';
import type { TopicView } from '../../../shared/ipc/view-types';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Settings } from '../../../shared/settings/settings';
import type { Task } from '../../../shared/tasks/task';

// The enrichment's plan execution against a scripted approval client: which calls it makes,
// that each one (failures too) reaches the call meter, what it keeps and drops, what a missing
// scope or a broken instance does to the next cycles.

const T0 = Date.UTC(2026, 10, 25, 2, 0);

function task(id: string): Task {
  return {
    id,
    topic: '1',
    title: `Task ${id}`,
    status: { kind: 'todo', raw: '1' },
    processStatus: { kind: 'running', raw: '1' },
    definition: { code: 'd', id: 'd', name: 'Expense', groupId: '', groupName: '' },
    initiators: [{ id: 'ou_a', name: 'Li Lei' }],
    links: { pc: `https://applink.feishu.cn/client/mini_program/open?id=${id}` },
    processId: `p-${id}`,
    processCode: `code-${id}`,
    processExternalId: '',
    taskExternalId: '',
    userId: 'ou_me',
  };
}

const item = (id: string, over: Partial<ApprovalItem> = {}): ApprovalItem => ({
  taskId: id,
  instanceCode: `code-${id}`,
  topic: '1',
  title: `Task ${id}`,
  definitionName: 'Expense',
  definitionCode: 'd',
  initiatorId: 'ou_a',
  initiatorName: 'Li Lei',
  summaries: [
    { key: 'Amount', value: '1,200.00 CNY' },
    { key: 'Reason', value: 'Trip' },
    { key: 'Dates', value: '12-01 ~ 12-03' },
    { key: 'Fourth', value: 'not shown' },
  ],
  supportApiOperate: true,
  status: 'PENDING',
  instanceStatus: 'PENDING',
  ...over,
});

const instance = (code: string): InstanceInfo => ({
  instanceCode: code,
  definitionName: 'Expense',
  serialNumber: `SN-${code}`,
  status: 'PENDING',
  initiatorId: 'ou_a',
  submittedAt: T0 - 48 * 3_600_000,
  tasks: [{ id: code.replace('code-', ''), userId: 'ou_me', status: 'PENDING', nodeName: 'Manager', startedAt: T0 - 30 * 3_600_000, endedAt: null }],
  timeline: [{ type: 'START', at: T0 - 48 * 3_600_000, userId: 'ou_a', taskId: '', comment: '' }],
  form: { ok: true, fields: [{ name: 'Amount', kind: 'amount', widgetType: 'amount', text: '1,200.00 CNY', amount: { value: 1200, currency: 'CNY' } }] },
});

function setup(options: { settings?: Partial<Settings>; cache?: EnrichmentCache; grantedScopes?: string[]; tenant?: boolean; hangList?: boolean } = {}) {
  let now = T0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextTimer = 1;
  let todo: Task[] = [];
  let spent = false;
  // The enrichment's share as the meter keeps it: recurring calls take from it.
  let room = Number.POSITIVE_INFINITY;
  const extra: number[] = [];
  const recurring: number[] = [];
  let cycles = 0;
  let changes = 0;
  const calls: string[] = [];
  const failures: Record<string, ApiError | undefined> = {};
  const items: ApprovalItem[] = [];
  const approvals: ApprovalClient = {
    async listTasks({ topic, signal }) {
      calls.push(`list ${topic}`);
      if (options.hangList) {
        await new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new ApiError({ kind: 'network', message: 'timed out' }))));
      }
      const failure = failures.list;
      if (failure) throw failure;
      return { items: items.filter((candidate) => candidate.topic === topic), count: items.length, calls: 1, dropped: 0 };
    },
    async instanceDetail(code) {
      calls.push(`detail ${code}`);
      const failure = failures[code];
      if (failure) throw failure;
      return instance(code);
    },
    pass: async () => undefined,
    refuse: async () => undefined,
  };
  const settings: Settings = { ...defaultSettings(), ...options.settings };
  const cache = { value: options.cache ?? emptyEnrichmentCache(), writes: 0 };
  const learned = new Set<string>();
  const enrichment = createTaskEnrichment(
    {
      clock: {
        now: () => now,
        setTimer: (fn, ms) => {
          const id = nextTimer++;
          timers.set(id, { at: now + ms, fn });
          return id;
        },
        clearTimer: (id) => void timers.delete(id as number),
      },
      createAbortController: () => new AbortController(),
      session: {
        demo: false,
        account: {
          id: 'a',
          region: 'feishu',
          baseUrl: 'https://open.feishu.cn',
          mode: options.tenant ? 'tenant' : 'user-token',
          userIdType: 'open_id',
          userId: 'ou_me',
          needsSignIn: false,
          callbackPort: 47321,
          ...(options.grantedScopes ? { grantedScopes: options.grantedScopes } : {}),
        },
        keychain: { available: true },
        fetchTopic: async () => {
          throw new Error('not used');
        },
        approvals,
      },
      settings: () => settings,
      locale: () => 'en',
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
      enrichment: {
        read: async () => cache.value,
        write: async (value) => {
          cache.value = value;
          cache.writes++;
        },
      },
    },
    {
      topics: { snapshot: (): TopicSnapshot => ({ result: result(), fetchedAt: now, error: null, loading: false }) },
      meter: {
        recordExtra: (count, how) => {
          extra.push(count);
          if (!how?.oneOff) {
            recurring.push(count);
            room -= count;
          }
        },
        cycleStarted: () => void cycles++,
        spent: () => spent,
        enrichmentRoom: () => (spent ? 0 : Math.max(0, Math.floor(room))),
      },
      learnedMissingScopes: learned,
      changed: () => void changes++,
    },
  );
  function result(): TopicResult {
    return { topic: '1', total: todo.length, capped: false, tasks: todo, rawTasks: [], calls: 1, dropped: 0 };
  }
  /** The poll answers with these to-dos (the list API knows them too); waits for the run. */
  async function poll(ids: string[], overrides: Record<string, Partial<ApprovalItem>> = {}) {
    todo = ids.map(task);
    for (const id of ids) if (!items.some((candidate) => candidate.taskId === id)) items.push(item(id, overrides[id]));
    const pending = enrichment.todoPolled(result());
    await pending;
    await enrichment.settled();
    return pending;
  }
  const view = (): TopicView => ({ topic: '1', tasks: todo.map((t) => ({ ...t, firstSeenAt: now, isNew: true, openable: { pc: true, mobile: false, helpdesk: false } })), count: null, fetchedAt: now, error: null, loading: false });
  return {
    enrichment,
    poll,
    calls,
    extra,
    recurring: () => recurring.reduce((a, b) => a + b, 0),
    failures,
    cache,
    learned,
    settings,
    view,
    cycles: () => cycles,
    changes: () => changes,
    setSpent: (value: boolean) => void (spent = value),
    setRoom: (value: number) => void (room = value),
    advance: (ms: number) => void (now += ms),
    /** Moves time on, firing the timers that fall due. */
    tick(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at > now) continue;
        timers.delete(id);
        timer.fn();
      }
    },
    armed: () => timers.size,
    start: (ids: string[]) => {
      todo = ids.map(task);
      for (const id of ids) if (!items.some((candidate) => candidate.taskId === id)) items.push(item(id));
      return enrichment.todoPolled(result());
    },
    totalExtra: () => extra.reduce((a, b) => a + b, 0),
  };
}

describe('a to-do poll', () => {
  it('reads the whole first look at once; of arrivals, lists once and reads at most three instances a cycle, the rest the next cycle', async () => {
    const s = setup();
    await s.poll(['a', 'b', 'c', 'd']);
    expect(s.calls).toEqual(['list 1', 'detail code-a', 'detail code-b', 'detail code-c', 'detail code-d']);
    s.advance(300_000);
    const arrived = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    await s.poll(arrived);
    expect(s.calls.slice(5)).toEqual(['list 1', 'detail code-e', 'detail code-f', 'detail code-g']);
    s.advance(300_000);
    await s.poll(arrived);
    expect(s.calls.slice(9)).toEqual(['detail code-h']);
    s.advance(300_000);
    expect(await s.poll(arrived)).toBeNull(); // nothing new: no call, no waiting
    expect(s.calls).toHaveLength(10);
    expect(s.cycles()).toBe(4);
  });

  it('tells the meter the first look at the backlog is a one-off, and what arrivals cost is not', async () => {
    const s = setup();
    await s.poll(['a', 'b']);
    expect(s.totalExtra()).toBe(3);
    expect(s.recurring()).toBe(0);
    s.advance(300_000);
    await s.poll(['a', 'b', 'c']);
    expect(s.calls.slice(3)).toEqual(['list 1', 'detail code-c']);
    expect(s.recurring()).toBe(2);
  });

  it('counts every call in the meter, failed ones too', async () => {
    const s = setup();
    s.failures['code-b'] = new ApiError({ kind: 'server', message: 'boom' });
    await s.poll(['a', 'b']);
    expect(s.calls).toHaveLength(3);
    expect(s.totalExtra()).toBe(3);
  });

  it('asks again for an instance that failed for a passing reason, never for one that is gone', async () => {
    const s = setup();
    s.failures['code-a'] = new ApiError({ kind: 'network', message: 'offline' });
    s.failures['code-b'] = new ApiError({ kind: 'bad-request', code: 1390003, message: 'instance not found' });
    await s.poll(['a', 'b']);
    delete s.failures['code-a'];
    s.advance(300_000);
    await s.poll(['a', 'b']);
    expect(s.calls.filter((c) => c.startsWith('detail'))).toEqual(['detail code-a', 'detail code-b', 'detail code-a']);
  });

  it('makes no call once the month’s budget is spent', async () => {
    const s = setup();
    s.setSpent(true);
    await s.poll(['a']);
    expect(s.calls).toEqual([]);
  });

  it('makes no call with details and acting both off, or for a tenant sign-in', async () => {
    const off = setup({ settings: { approvals: { ...defaultSettings().approvals, showDetails: false, actFromApp: false } } });
    expect(await off.poll(['a'])).toBeNull();
    const tenant = setup({ tenant: true });
    expect(await tenant.poll(['a'])).toBeNull();
    expect([...off.calls, ...tenant.calls]).toEqual([]);
  });

  it('with only "Approve from the app" on, lists (for instance codes) but reads no instance', async () => {
    const s = setup({ settings: { approvals: { ...defaultSettings().approvals, showDetails: false, actFromApp: true } } });
    await s.poll(['a']);
    expect(s.calls).toEqual(['list 1']);
    expect(s.enrichment.todoApproval('a')).toMatchObject({ instanceCode: 'code-a', supportApiOperate: true, needsSignature: false });
  });

  it('does not list again for an hour after a refusal a retry will not fix', async () => {
    const s = setup();
    s.failures.list = new ApiError({ kind: 'permission', code: 99991400, message: 'IP not allowed' });
    await s.poll(['a']);
    s.advance(300_000);
    await s.poll(['a']);
    expect(s.calls).toEqual(['list 1']);
    s.advance(LIST_RETRY_AFTER_MS);
    await s.poll(['a']);
    expect(s.calls).toEqual(['list 1', 'list 1']);
  });
});

describe('a missing scope', () => {
  it('is learnt from 99991679 on the list and stops every further call', async () => {
    const s = setup();
    s.failures.list = new ApiError({ kind: 'permission', code: 99991679, scope: 'approval:task:read', message: 'not granted' });
    await s.poll(['a']);
    expect([...s.learned]).toEqual(['approval:task:read']);
    expect(s.changes()).toBe(1); // the window hears of it at once
    s.advance(300_000);
    expect(await s.poll(['a', 'b'])).toBeNull();
    expect(s.calls).toEqual(['list 1']);
  });

  it('is taken from the call when 99991672 names none', async () => {
    const s = setup();
    s.failures['code-a'] = new ApiError({ kind: 'permission', code: 99991672, message: 'app lacks a scope' });
    await s.poll(['a', 'b']);
    expect([...s.learned]).toEqual(['approval:instance:read']);
    expect(s.calls).toEqual(['list 1', 'detail code-a']);
  });

  it('recorded at sign-in is never asked for', async () => {
    const s = setup({ grantedScopes: ['approval:task:read'] });
    await s.poll(['a']);
    expect(s.calls).toEqual(['list 1']);
  });
});

describe('the cache', () => {
  it('drops a task, its item and its instance when it leaves the to-do list, and saves that', async () => {
    const s = setup();
    await s.poll(['a', 'b']);
    expect(Object.keys(s.cache.value.instances).sort()).toEqual(['code-a', 'code-b']);
    s.advance(300_000);
    expect(await s.poll(['b'])).toBeNull();
    await s.enrichment.saved();
    expect(Object.keys(s.cache.value.items)).toEqual(['b']);
    expect(Object.keys(s.cache.value.instances)).toEqual(['code-b']);
    expect(s.cache.value.plan.instanceByTask).toEqual({ b: 'code-b' });
    expect(s.changes()).toBeGreaterThan(0);
  });

  it('is read at start: what it knows costs no call', async () => {
    const first = setup();
    await first.poll(['a']);
    const again = setup({ cache: first.cache.value });
    await again.enrichment.load();
    expect(await again.poll(['a'])).toBeNull();
    expect(again.calls).toEqual([]);
    expect(again.enrichment.summaryLine('a')).toBe('Amount: 1,200.00 CNY · Reason: Trip · Dates: 12-01 ~ 12-03');
  });
});

describe('what the views get', () => {
  it('fills TaskView.details: three summaries, waiting since my task started, whether it can be acted on', async () => {
    const s = setup({ settings: { approvals: { ...defaultSettings().approvals, actFromApp: true } } });
    await s.poll(['a', 'b'], { b: { supportApiOperate: false } });
    const [a, b] = s.enrichment.decorate(s.view()).tasks;
    expect(a?.details).toEqual({
      instanceCode: 'code-a',
      summaries: item('a').summaries.slice(0, 3),
      submittedAt: T0 - 48 * 3_600_000,
      waitingSince: T0 - 30 * 3_600_000,
      action: { can: true },
    });
    expect(b?.details?.action).toEqual({ can: false, reason: 'not-supported' });
  });

  it('a signature found by a decision says so from then on', async () => {
    const s = setup({ settings: { approvals: { ...defaultSettings().approvals, actFromApp: true } } });
    await s.poll(['a']);
    s.enrichment.markNeedsSignature('a');
    expect(s.enrichment.todoApproval('a')).toMatchObject({ needsSignature: true, action: { can: false, reason: 'signature' } });
    await s.enrichment.saved();
    expect(s.cache.value.signature).toEqual(['a']);
  });

  it('a task not in to-do has no approval facts for a decision', async () => {
    const s = setup();
    await s.poll(['a']);
    expect(s.enrichment.todoApproval('zzz')).toBeNull();
  });
});

describe('a call that does not answer', () => {
  it('holds a new to-do notification at most SUMMARY_WAIT_MS, and is given up after CALL_TIMEOUT_MS (still counted)', async () => {
    const s = setup({ hangList: true });
    let announced = false;
    void s.start(['a'])!.then(() => (announced = true));
    await Promise.resolve();
    expect(announced).toBe(false);
    s.tick(SUMMARY_WAIT_MS);
    await new Promise((resolve) => setImmediate(resolve));
    expect(announced).toBe(true);
    s.tick(CALL_TIMEOUT_MS - SUMMARY_WAIT_MS);
    await s.enrichment.settled();
    expect(s.calls).toEqual(['list 1']);
    expect(s.totalExtra()).toBe(1);
    expect(s.armed()).toBe(0);
  });
});

describe('what a decision reads (detailsFor)', () => {
  it('answers from the cache without a call', async () => {
    const s = setup();
    await s.poll(['a']);
    const before = s.calls.length;
    expect(await s.enrichment.detailsFor('a')).toEqual({ instanceCode: 'code-a', supportApiOperate: true });
    expect(s.calls).toHaveLength(before);
  });

  it('otherwise makes one counted list call, and says null for a task the list does not have', async () => {
    const s = setup({ settings: { approvals: { ...defaultSettings().approvals, showDetails: false, actFromApp: false } } });
    await s.poll(['a']); // details and acting off: nothing cached
    expect(await s.enrichment.detailsFor('a')).toEqual({ instanceCode: 'code-a', supportApiOperate: true });
    expect(await s.enrichment.detailsFor('zzz')).toBeNull();
    expect(s.calls).toEqual(['list 1', 'list 1']);
    expect(s.totalExtra()).toBe(2);
  });

  it('passes a failed list on, counted, with the scope learnt', async () => {
    const s = setup({ settings: { approvals: { ...defaultSettings().approvals, showDetails: false, actFromApp: false } } });
    await s.poll(['a']);
    s.failures.list = new ApiError({ kind: 'permission', code: 99991679, message: 'not granted' });
    await expect(s.enrichment.detailsFor('a')).rejects.toThrow('not granted');
    expect(s.totalExtra()).toBe(1);
    expect([...s.learned]).toEqual(['approval:task:read']);
  });
});

describe('the enrichment’s share of the budget', () => {
  const waiting = (s: ReturnType<typeof setup>) => s.enrichment.budgetWait();
  const detailsOf = (s: ReturnType<typeof setup>, id: string) => s.enrichment.decorate(s.view()).tasks.find((t) => t.id === id)?.details;

  it('does not hold back the first look at the backlog (a one-off)', async () => {
    const s = setup();
    s.setRoom(0);
    await s.poll(['a', 'b']);
    expect(s.calls).toEqual(['list 1', 'detail code-a', 'detail code-b']);
    expect(waiting(s)).toEqual({ list: false, details: false });
  });

  it('with no room, skips an arrival’s calls and says so; the next polls take them up as room comes', async () => {
    const s = setup();
    await s.poll(['a']);
    s.setRoom(0);
    s.advance(300_000);
    const before = s.changes();
    await s.poll(['a', 'b']);
    expect(s.calls).toEqual(['list 1', 'detail code-a']);
    expect(waiting(s)).toEqual({ list: true, details: false });
    expect(s.changes()).toBeGreaterThan(before);
    expect(detailsOf(s, 'b')).toBeUndefined();
    expect(detailsOf(s, 'a')?.waitingSince).toEqual(expect.any(Number));

    // Room for one call: the list (summaries for every new row at once), the detail waits.
    s.setRoom(1);
    s.advance(300_000);
    await s.poll(['a', 'b']);
    expect(s.calls.slice(2)).toEqual(['list 1']);
    expect(waiting(s)).toEqual({ list: false, details: true });
    expect(detailsOf(s, 'b')?.summaries).toHaveLength(3);
    expect(detailsOf(s, 'b')?.waitingSince).toBeNull();

    s.setRoom(4);
    s.advance(300_000);
    await s.poll(['a', 'b']);
    expect(s.calls.slice(3)).toEqual(['detail code-b']);
    expect(waiting(s)).toEqual({ list: false, details: false });
    expect(detailsOf(s, 'b')?.waitingSince).toEqual(expect.any(Number));
  });

  it('stops waiting when what waited leaves the to-do list', async () => {
    const s = setup();
    await s.poll(['a']);
    s.setRoom(0);
    await s.poll(['a', 'b']);
    expect(waiting(s).list).toBe(true);
    expect(await s.poll(['a'])).toBeNull();
    expect(waiting(s)).toEqual({ list: false, details: false });
  });

  it('still answers a detail view the user opens, as a one-off; not once the whole budget is spent', async () => {
    const s = setup();
    await s.poll(['a']);
    s.setRoom(0);
    await s.poll(['a', 'b']);
    const recurringBefore = s.recurring();
    const detail = await s.enrichment.getDetail('1', 'b');
    expect(detail).toMatchObject({ ok: true, value: { instanceCode: 'code-b' } });
    expect(s.calls.slice(2)).toEqual(['list 1', 'detail code-b']);
    expect(s.recurring()).toBe(recurringBefore);
    expect(s.totalExtra()).toBe(4);
    // The row has it now too.
    expect(detailsOf(s, 'b')?.waitingSince).toEqual(expect.any(Number));

    await s.poll(['a', 'b', 'c']);
    s.setSpent(true);
    expect(await s.enrichment.getDetail('1', 'c')).toMatchObject({ ok: false, kind: 'budget-spent' });
  });
});
