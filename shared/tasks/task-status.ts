import type { ProcessStatus, ProcessStatusKind, TaskStatus, TaskStatusKind } from './task';

// The API documents numeric strings ("1") but its sample sends words ("Todo", "Running"), and
// which real servers send is unverified: accept both, in any case, and keep unknown values as
// they came so the UI can still show them.

const TASK_STATUS: ReadonlyMap<string, TaskStatusKind> = new Map<string, TaskStatusKind>([
  ['1', 'todo'], ['todo', 'todo'], ['pending', 'todo'],
  ['2', 'done'], ['done', 'done'], ['finished', 'done'], ['completed', 'done'],
  ['17', 'unread'], ['unread', 'unread'],
  ['18', 'read'], ['read', 'read'],
  ['33', 'processing'], ['processing', 'processing'], ['inprocess', 'processing'], ['in_process', 'processing'],
  ['34', 'withdrawn'], ['withdrawn', 'withdrawn'], ['withdraw', 'withdrawn'], ['recalled', 'withdrawn'],
  ['cancel', 'withdrawn'], ['canceled', 'withdrawn'], ['cancelled', 'withdrawn'], ['revoked', 'withdrawn'],
]);

const PROCESS_STATUS: ReadonlyMap<string, ProcessStatusKind> = new Map<string, ProcessStatusKind>([
  ['0', 'none'], ['none', 'none'],
  ['1', 'running'], ['running', 'running'], ['pending', 'running'], ['inprocess', 'running'],
  ['2', 'approved'], ['approved', 'approved'], ['passed', 'approved'], ['pass', 'approved'], ['done', 'approved'],
  ['3', 'rejected'], ['rejected', 'rejected'], ['reject', 'rejected'], ['refused', 'rejected'],
  ['4', 'withdrawn'], ['withdrawn', 'withdrawn'], ['recalled', 'withdrawn'], ['revoked', 'withdrawn'],
  ['canceled', 'withdrawn'], ['cancelled', 'withdrawn'],
  ['5', 'terminated'], ['terminated', 'terminated'], ['deleted', 'terminated'],
]);

/** The value as a display string: strings verbatim, numbers and booleans as written, else "". */
function rawText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return '';
}

/**
 * One frozen status object per known spelling ("1", "todo"), built once: a 20,000-task poll
 * then allocates no status objects for the values servers actually send.
 */
function sharedStatuses<S extends { kind: string; raw: string }>(table: ReadonlyMap<string, S['kind']>): ReadonlyMap<string, S> {
  const shared = new Map<string, S>();
  for (const [raw, kind] of table) shared.set(raw, Object.freeze({ kind, raw }) as S);
  return shared;
}

const SHARED_TASK_STATUS = sharedStatuses<TaskStatus>(TASK_STATUS);
const SHARED_PROCESS_STATUS = sharedStatuses<ProcessStatus>(PROCESS_STATUS);
const NO_PROCESS_STATUS: ProcessStatus = Object.freeze({ kind: 'none', raw: '' });

function lookup<K extends string>(table: ReadonlyMap<string, K>, text: string): K | undefined {
  return table.get(text) ?? table.get(text.trim().toLowerCase());
}

export function parseTaskStatus(raw: unknown): TaskStatus {
  if (typeof raw === 'string') {
    const shared = SHARED_TASK_STATUS.get(raw);
    if (shared !== undefined) return shared;
  }
  const text = rawText(raw);
  return { kind: lookup(TASK_STATUS, text) ?? 'unknown', raw: text };
}

/** A missing process status means "no process status" (the API's 0), not an unknown one. */
export function parseProcessStatus(raw: unknown): ProcessStatus {
  if (raw === undefined || raw === null || raw === '') return NO_PROCESS_STATUS;
  if (typeof raw === 'string') {
    const shared = SHARED_PROCESS_STATUS.get(raw);
    if (shared !== undefined) return shared;
  }
  const text = rawText(raw);
  return { kind: lookup(PROCESS_STATUS, text) ?? 'unknown', raw: text };
}
