import { bearer } from './auth/oauth-reply';
import type { FaultState } from './faults';
import { faultReply } from './faults';
import { decodePageToken, encodePageToken } from './page-token';
import type { SandboxHandler, SandboxReply } from './sandbox-types';
import type { TaskStore } from './task-store';
import { readTasksQueryParams, userIdAs } from './tasks-query-params';
import type { TokenRegistry } from './token-registry';

// GET /open-apis/approval/v4/tasks/query, answered the way the documented contract says: faults
// first (they play the gateway), then the bearer token, then parameters, then one page.

export const TASKS_QUERY_PATH = '/open-apis/approval/v4/tasks/query';
const COUNT_CAP = 999;

export interface TasksQueryDeps {
  tokens: TokenRegistry;
  store: TaskStore;
  faults: FaultState;
  demoUserId: string;
  nextLogId: () => string;
}

export function createTasksQueryHandler(deps: TasksQueryDeps): SandboxHandler {
  return async (req) => {
    const logId = deps.nextLogId();
    const fault = deps.faults.take();
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 2000));
    const faulted = fault && faultReply(fault, logId);
    if (faulted) return faulted;

    const token = bearer(req.headers);
    const checked = token ? deps.tokens.check(token) : ({ ok: false, reason: 'missing' } as const);
    if (!checked.ok) return authError(checked.reason, token ?? '', logId);

    const params = readTasksQueryParams(req.query);
    if ('invalid' in params) return invalid(`param is invalid: ${params.invalid}`, logId);
    const ownId = userIdAs(deps.demoUserId, params.userIdType);
    // A user token reads only its own tasks; a tenant token may ask for anyone (others have none).
    if (checked.kind === 'user' && userIdAs(checked.userId, params.userIdType) !== params.userId) {
      return invalid('param is invalid: user_id must be the id of the user the user_access_token belongs to', logId);
    }
    let offset = 0;
    if (params.pageToken) {
      const decoded = decodePageToken(params.pageToken, params.topic, params.userId);
      if (decoded === null) return invalid('param is invalid: page_token is invalid', logId);
      offset = decoded;
    }
    const mine = params.userId === ownId;
    const total = mine ? deps.store.count(params.topic) : 0;
    let tasks = mine ? deps.store.pageJson(params.topic, offset, params.pageSize) : '';
    if (params.userIdType !== 'open_id' && tasks) tasks = tasks.replaceAll(`"user_id":${JSON.stringify(deps.demoUserId)}`, `"user_id":${JSON.stringify(ownId)}`);
    let hasMore = offset + params.pageSize < total;
    let nextToken = hasMore ? encodePageToken({ topic: params.topic, userId: params.userId, offset: offset + params.pageSize }) : null;
    if (fault?.kind === 'repeat-page-token') {
      hasMore = true;
      nextToken = params.pageToken ?? encodePageToken({ topic: params.topic, userId: params.userId, offset: 0 });
    }
    return { status: 200, body: pageBody(tasks, hasMore, nextToken, params.pageToken ? null : total) };
  };
}

function pageBody(tasksJson: string, hasMore: boolean, pageToken: string | null, total: number | null): string {
  let data = `{"tasks":[${tasksJson}],"has_more":${hasMore}`;
  if (pageToken) data += `,"page_token":${JSON.stringify(pageToken)}`;
  // count comes on the first page only; from 1000 tasks up it says 999 and has_more.
  if (total !== null) data += `,"count":{"total":${Math.min(total, COUNT_CAP)},"has_more":${total > COUNT_CAP}}`;
  return `{"code":0,"msg":"success","data":${data}}}`;
}

function invalid(msg: string, logId: string): SandboxReply {
  return { status: 400, body: { code: 1390001, msg, error: { log_id: logId } } };
}

function authError(reason: 'missing' | 'invalid' | 'expired', token: string, logId: string): SandboxReply {
  const error = { log_id: logId };
  if (reason === 'missing') return { status: 400, body: { code: 99991661, msg: 'Missing access token for authorization. Please make a request with token attached.', error } };
  // The sandbox's tenant tokens start with "t-"; Feishu has one code for a bad tenant token.
  if (token.startsWith('t-')) return { status: 400, body: { code: 99991663, msg: 'Invalid access token for authorization. (tenant token)', error } };
  if (reason === 'expired') return { status: 400, body: { code: 99991677, msg: 'Authentication token expired. Please refresh the token.', error } };
  return { status: 400, body: { code: 99991668, msg: 'Invalid access token for authorization. Please make a request with token attached.', error } };
}
