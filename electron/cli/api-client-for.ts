import { createTasksClient } from '../../shared/feishu/tasks-client';
import type { TasksClient } from '../../shared/feishu/tasks-client';
import type { ApiSession } from './api-session';
import type { CliContext } from './cli-context';
import { createCallLog } from './call-log';
import type { CallLog } from './call-log';

// The engine's client for a resolved session, with every API call counted in the state dir so
// `status` can show this month's use of the tenant's quota.
export function apiClientFor(session: ApiSession, ctx: CliContext, stateDir: string): { client: TasksClient; calls: CallLog } {
  const calls = createCallLog(stateDir, () => ctx.clock.now());
  const client = createTasksClient({
    baseUrl: session.baseUrl,
    fetch: ctx.fetch,
    tokens: session.tokens,
    userIdType: session.userIdType,
    onCall: () => calls.add(1),
  });
  return { client, calls };
}
