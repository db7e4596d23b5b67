import { withTransientRetries } from '../../../shared/feishu/transient-retry';
import { openApiCommand } from '../api-command';
import { topicOption } from '../cli-config';
import type { CliContext } from '../cli-context';
import { jsonLine } from '../json-line';
import { formatTaskTable } from '../task-table';

// `tasks [--topic T] [--json]`: every task of a topic, all pages. With --json exactly one
// document: {"topic","total","tasks"} where tasks are the API's objects as received.
export async function tasksCommand(args: string[], ctx: CliContext): Promise<number> {
  const { config, checked: topic, session, client, calls } = await openApiCommand(args, ctx, { topic: { type: 'string' } }, (values) => topicOption(values.topic));
  try {
    const result = await withTransientRetries(() => client.queryTopic({ userId: session.userId, topic }), { sleep: ctx.sleep });
    if (config.json) {
      ctx.io.stdout(jsonLine({ topic, total: result.total ?? result.rawTasks.length, tasks: result.rawTasks }));
    } else {
      for (const line of formatTaskTable(topic, result.total, result.capped, result.tasks)) ctx.io.stdout(line);
      if (result.dropped > 0) ctx.io.stderr(`Skipped ${result.dropped} task(s) the API sent without a task_id.`);
    }
    return 0;
  } finally {
    await calls.flush();
  }
}
