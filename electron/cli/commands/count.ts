import { withTransientRetries } from '../../../shared/feishu/transient-retry';
import { resolveApiSession } from '../api-session';
import { apiClientFor } from '../api-client-for';
import { parseCommandArgs, topicOption } from '../cli-config';
import type { CliContext } from '../cli-context';

// `count [--topic T] [--json]`: the number for a status bar. One API call: the total comes with
// the first page. `capped` is true when the API stopped counting (999 means "999 or more").
export async function countCommand(args: string[], ctx: CliContext): Promise<number> {
  const { config, values } = parseCommandArgs(args, { topic: { type: 'string' } }, ctx.env);
  const topic = topicOption(values.topic);
  const session = await resolveApiSession(config, { fetch: ctx.fetch, now: () => ctx.clock.now(), auth: () => ctx.auth(config.stateDir) });
  const { client, calls } = apiClientFor(session, ctx, config.stateDir);
  try {
    const result = await withTransientRetries(() => client.countTopic({ userId: session.userId, topic }), { sleep: ctx.sleep });
    if (config.json) ctx.io.stdout(JSON.stringify({ topic, total: result.total, capped: result.capped }));
    else ctx.io.stdout(result.capped ? `${result.total}+` : String(result.total));
    return 0;
  } finally {
    await calls.flush();
  }
}
