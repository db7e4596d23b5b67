import { describe, expect, it } from 'vitest';
import type { ApprovalItem, InstanceInfo } from '../../../shared/approval/approval-types';
import { actionAvailability, detailView, summaryLine } from '../../../shared/app/task-detail-views';
import type { Task } from '../../../shared/tasks/task';
import type { ApprovalFeaturesView } from '../../../shared/ipc/view-types';

// Whether Approve / Reject is offered, and the one-line summary the tooltip and notifications use.

const item = (supportApiOperate: boolean | null) => ({ taskId: 't', instanceCode: 'c', supportApiOperate }) as ApprovalItem;
const features = (missing: string[] = []): ApprovalFeaturesView => ({
  details: { active: true, missingScopes: [] },
  act: { active: missing.length === 0, missingScopes: missing },
});
const base = { inTodo: true, item: item(true), needsSignature: false, actFromApp: true, features: features() };

describe('actionAvailability', () => {
  it('offers acting on a to-do the API allows, with the setting on and the scope granted', () => {
    expect(actionAvailability(base)).toEqual({ can: true });
  });

  it('gives the first reason a user can do something about', () => {
    expect(actionAvailability({ ...base, inTodo: false })).toEqual({ can: false, reason: 'not-todo' });
    expect(actionAvailability({ ...base, item: undefined })).toEqual({ can: false, reason: 'unknown' });
    expect(actionAvailability({ ...base, needsSignature: true, actFromApp: false })).toEqual({ can: false, reason: 'signature' });
    expect(actionAvailability({ ...base, item: item(false), actFromApp: false })).toEqual({ can: false, reason: 'not-supported' });
    expect(actionAvailability({ ...base, actFromApp: false, features: features(['approval:task:write']) })).toEqual({ can: false, reason: 'turned-off' });
    expect(actionAvailability({ ...base, features: features(['approval:task:read', 'approval:task:write']) })).toEqual({ can: false, reason: 'missing-scope', scope: 'approval:task:write' });
    expect(actionAvailability({ ...base, features: features(['approval:task:read']) })).toEqual({ can: false, reason: 'missing-scope', scope: 'approval:task:read' });
    // Left out of the list (as for signature tasks): not offered.
    expect(actionAvailability({ ...base, item: item(null) })).toEqual({ can: false, reason: 'unknown' });
  });
});

describe('summaryLine', () => {
  it('joins up to three pairs on one line', () => {
    const pairs = [
      { key: '金额', value: '1,200.00 CNY' },
      { key: '事由', value: '出差\n北京' },
      { key: '', value: 'value only' },
      { key: 'Fourth', value: 'never shown' },
    ];
    expect(summaryLine(pairs)).toBe('金额: 1,200.00 CNY · 事由: 出差 北京 · value only');
  });

  it('is empty without pairs', () => {
    expect(summaryLine([])).toBe('');
    expect(summaryLine([{ key: '', value: '' }])).toBe('');
  });
});

describe('the detail view\'s history', () => {
  const task = { id: 't', topic: '1', title: 'Trip', definition: { name: 'Expense' }, initiators: [{ id: 'ou_a', name: 'Li Lei' }], links: {} } as unknown as Task;
  const instance = {
    instanceCode: 'c',
    definitionName: 'Expense',
    serialNumber: 'SN1',
    status: 'PENDING',
    initiatorId: 'ou_a',
    submittedAt: 1,
    tasks: [],
    timeline: [
      { type: 'START', at: 1, userId: 'ou_a', taskId: '', comment: '' },
      { type: 'PASS', at: 2, userId: 'ou_b', taskId: 'x', comment: 'ok' },
      { type: 'PASS', at: 3, userId: 'ou_c', taskId: 'y', comment: '' },
    ],
    form: { ok: true, fields: [{ name: 'Cover', kind: 'people', widgetType: 'contact', text: 'ou_b, ou_z', items: ['ou_b', 'ou_z'] }] },
  } as InstanceInfo;
  const view = (knownNames?: Map<string, string>) =>
    detailView({ topic: '1', task, item: { ...item(true), summaries: [] }, instance, action: { can: true }, untitled: '(untitled)', ...(knownNames ? { knownNames } : {}) });

  it('names the approvers the app already knows (other tasks\' initiators, the signed-in user); others by id', () => {
    expect(view().timeline.map((entry) => entry.who)).toEqual(['Li Lei', 'ou_b', 'ou_c']);
    expect(view(new Map([['ou_b', '王芳']])).timeline.map((entry) => entry.who)).toEqual(['Li Lei', '王芳', 'ou_c']);
  });

  it('names the people in the form the same way', () => {
    const form = view(new Map([['ou_b', '王芳']])).form;
    expect(form.ok && form.fields[0]).toMatchObject({ kind: 'people', items: ['王芳', 'ou_z'], text: '王芳, ou_z' });
  });
});
