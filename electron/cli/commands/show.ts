import { ApiError } from '../../../shared/feishu/api-error';
import { withTransientRetries } from '../../../shared/feishu/transient-retry';
import { taskDetailsDocument } from '../../../shared/approval/task-details';
import type { TaskDetailsDocument } from '../../../shared/approval/task-details';
import type { ApprovalListTopic } from '../../../shared/approval/approval-client';
import { openApprovalCommand } from '../approval-command';
import type { CliContext } from '../cli-context';
import { jsonLine } from '../json-line';

// `show TASK_ID [--json]`: a task with its details (GET /tasks for the summary and whether it can
// be acted on, GET /instances/detail for times, form and timeline). Looks in to-do first, then
// done and cc. With --json exactly one document (shared/approval/task-details.ts).

const SEARCH: readonly ApprovalListTopic[] = ['1', '2', '17', '18'];

export async function showCommand(args: string[], ctx: CliContext): Promise<number> {
  const { config, taskId, approvals, findIn, calls } = await openApprovalCommand('show', args, ctx, {}, () => null);
  try {
    for (const topic of SEARCH) {
      const item = await findIn(topic);
      if (!item) continue;
      const instance = await withTransientRetries(() => approvals.instanceDetail(item.instanceCode), { sleep: ctx.sleep });
      const doc = taskDetailsDocument(item, instance, topic === '1');
      if (config.json) ctx.io.stdout(jsonLine(doc));
      else for (const line of humanLines(doc)) ctx.io.stdout(line);
      if (!instance.form.ok) ctx.io.stderr(instance.form.error);
      return 0;
    }
    throw new ApiError({ kind: 'bad-request', message: `Task ${taskId} is not in your to-do, done or cc lists.` });
  } finally {
    await calls.flush();
  }
}

function humanLines(doc: TaskDetailsDocument): string[] {
  const lines = [doc.title, `Definition: ${doc.definition_name}   From: ${doc.initiator_name}`, `Submitted: ${doc.submitted_at ?? 'unknown'}   Waiting since: ${doc.waiting_since ?? 'unknown'}`];
  for (const { key, value } of doc.summaries) lines.push(`  ${key}: ${value}`);
  if (doc.form.length > 0) lines.push('Form:');
  for (const { name, value } of doc.form) lines.push(`  ${name}: ${value}`);
  lines.push(doc.can_act ? `Can approve or reject here: approval-tray approve|reject ${doc.task_id}` : 'Cannot be approved or rejected from here; open it in Feishu.');
  return lines;
}
