import { withTransientRetries } from '../../../shared/feishu/transient-retry';
import { openApiCommand } from '../api-command';
import { topicOption } from '../cli-config';
import type { CliContext } from '../cli-context';
import { jsonLine } from '../json-line';

// `count [--topic T] [--json]`: the number for a status bar. One API call: the total comes with
// the first page. `capped` is true when the API stopped counting (999 means "999 or more").
export async function countCommand(args: string[], ctx: CliContext): Promise<number> {
  const { config, checked: topic, session, client, calls } = await openApiCommand(args, ctx, { topic: { type: 'string' } }, (values) => topicOption(values.topic));
  try {
    const result = await withTransientRetries(() => client.countTopic({ userId: session.userId, topic }), { sleep: ctx.sleep });
    if (config.json) ctx.io.stdout(jsonLine({ topic, total: result.total, capped: result.capped }));
    else ctx.io.stdout(result.capped ? `${result.total}+` : String(result.total));
    return 0;
  } finally {
    await calls.flush();
  }
}
