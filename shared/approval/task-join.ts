import type { Task } from '../tasks/task';
import type { ApprovalItem } from './approval-types';

// The polled tasks (tasks/query: links, counts) joined to GET /tasks items (instance_code,
// summaries, support_api_operate) by task_id, the one id both APIs share. A polled task without
// an item keeps `approval: null` and shows exactly as it does without the scope.

export interface JoinedTask {
  task: Task;
  approval: ApprovalItem | null;
}

export function joinApprovalItems(tasks: readonly Task[], items: readonly ApprovalItem[]): JoinedTask[] {
  const byId = new Map<string, ApprovalItem>();
  for (const item of items) if (!byId.has(item.taskId)) byId.set(item.taskId, item);
  return tasks.map((task) => ({ task, approval: byId.get(task.id) ?? null }));
}

/** To-do tasks the list has no item for yet: what a new /tasks call would add. */
export function unjoinedTaskIds(tasks: readonly Task[], items: readonly ApprovalItem[]): string[] {
  const known = new Set(items.map((item) => item.taskId));
  return tasks.filter((task) => !known.has(task.id)).map((task) => task.id);
}
