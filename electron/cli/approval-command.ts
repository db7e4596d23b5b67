import type { ParseArgsConfig } from 'node:util';
import { createApprovalClient } from '../../shared/approval/approval-client';
import type { ApprovalClient, ApprovalListTopic } from '../../shared/approval/approval-client';
import type { ApprovalItem } from '../../shared/approval/approval-types';
import { withTransientRetries } from '../../shared/feishu/transient-retry';
import { openApiCommand } from './api-command';
import type { CliContext } from './cli-context';
import { UsageError } from './exit-codes';

// What show, approve and reject start with: TASK_ID (the first argument), the common flags,
// the session (the account's token only for its own host: api-session.ts), and the approval
// client with every call counted in the state dir. Reads are retried like `tasks`; writes never.

export async function openApprovalCommand<Extra extends NonNullable<ParseArgsConfig['options']>, Checked>(
  name: string,
  args: string[],
  ctx: CliContext,
  extra: Extra,
  check: (values: Record<string, string | boolean | undefined>) => Checked,
) {
  const [taskId, ...rest] = args;
  if (taskId === undefined || taskId.startsWith('-') || taskId.trim() === '') throw new UsageError(`TASK_ID is required: approval-tray ${name} TASK_ID (see \`approval-tray tasks\`).`);
  const opened = await openApiCommand(rest, ctx, extra, check);
  const client: ApprovalClient = createApprovalClient({ baseUrl: opened.session.baseUrl, fetch: ctx.fetch, tokens: opened.session.tokens, onCall: () => opened.calls.add(1) });
  const findIn = async (topic: ApprovalListTopic): Promise<ApprovalItem | null> => {
    const list = await withTransientRetries(() => client.listTasks({ topic }), { sleep: ctx.sleep });
    return list.items.find((item) => item.taskId === taskId.trim()) ?? null;
  };
  return { ...opened, taskId: taskId.trim(), approvals: client, findIn };
}
