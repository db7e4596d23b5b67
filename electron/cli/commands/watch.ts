import type { ApiError } from '../../../shared/feishu/api-error';
import { createPoller } from '../../../shared/poller/poller';
import type { PollerEvent } from '../../../shared/poller/poller';
import { openApiCommand } from '../api-command';
import type { CliContext } from '../cli-context';
import { EXIT, exitCodeFor, UsageError } from '../exit-codes';
import { createWatchReporter } from '../watch-reporter';

// `watch [--interval SECONDS] [--json]`: the engine's poller in a terminal. Each to-do task is
// printed once, when first seen; the first run prints the backlog as one line. What was printed
// is remembered in the state dir. Transient errors are printed and retried; errors that need a
// person (sign-in, permission, quota) are printed and end the command with their exit code.
export async function watchCommand(args: string[], ctx: CliContext): Promise<number> {
  const { config, checked: intervalSeconds, session, client, calls } = await openApiCommand(args, ctx, { interval: { type: 'string' } }, (values) => {
    const seconds = values.interval === undefined ? 300 : Number(values.interval);
    if (!Number.isFinite(seconds) || seconds < 1 || seconds > 86_400) {
      throw new UsageError(`--interval must be a number of seconds from 1 to 86400 (got "${String(values.interval)}").`);
    }
    return seconds;
  });
  const reporter = await createWatchReporter({ io: ctx.io, json: config.json, stateDir: config.stateDir, session, now: () => ctx.clock.now() });

  return new Promise<number>((resolve) => {
    let finished = false;
    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      poller.stop();
      ctx.signal.removeEventListener('abort', onAbort);
      void Promise.all([reporter.flush(), calls.flush()]).then(
        () => resolve(code),
        (error: unknown) => {
          ctx.io.stderr(`watch: could not save state: ${error instanceof Error ? error.message : String(error)}`);
          resolve(EXIT.failed);
        },
      );
    };
    const onAbort = () => finish(EXIT.ok);
    const onEvent = (event: PollerEvent) => {
      if (event.type === 'result') reporter.result(event.topic, event.result);
      else if (event.type === 'error') reporter.error(event.error);
      else if (event.status.kind === 'stopped') finish(exitCodeFor(event.status.reason as ApiError['kind']));
    };
    const poller = createPoller({
      clock: ctx.clock,
      random: ctx.random,
      topics: () => ['1'],
      intervalMs: () => intervalSeconds * 1000,
      fetchTopic: (topic, signal) => client.queryTopic({ userId: session.userId, topic, signal }),
      onEvent,
    });
    if (ctx.signal.aborted) return finish(EXIT.ok);
    ctx.signal.addEventListener('abort', onAbort);
    poller.start();
  });
}
