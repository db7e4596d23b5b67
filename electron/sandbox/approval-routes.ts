import { admit, businessError } from './approval-route-guard';
import type { ApprovalRouteDeps } from './approval-route-guard';
import { APPROVAL_TOPICS } from './approval-store';
import type { ApprovalStore, ApprovalTopic } from './approval-store';
import { decodePageToken, encodePageToken } from './page-token';
import type { Sandbox, SandboxHandler, SandboxRequest } from './sandbox-types';

// The user-level approval APIs (reference: feishu-approval-actions.md §1, §2, §4.2):
//   GET  /open-apis/approval/v4/tasks              approval:task:read     topic 1|2|17|18, page_size ≤ 100
//   GET  /open-apis/approval/v4/instances/detail   approval:instance:read instance_code
//   POST /open-apis/approval/v4/tasks/pass|refuse  approval:task:write    {instance_code, task_id, comment}

export const APPROVAL_PATHS = {
  tasks: '/open-apis/approval/v4/tasks',
  detail: '/open-apis/approval/v4/instances/detail',
  pass: '/open-apis/approval/v4/tasks/pass',
  refuse: '/open-apis/approval/v4/tasks/refuse',
} as const;

export const APPROVAL_SCOPES = { taskRead: 'approval:task:read', instanceRead: 'approval:instance:read', taskWrite: 'approval:task:write' } as const;

/** The doc example's instance code: someone else's instance, for the 403/1390009 path. */
export const FOREIGN_INSTANCE_CODE = '81D31358-93AF-92D6-7425-01A5D67C4E71';
const COUNT_CAP = 99;
const MAX_COMMENT = 500;

export function registerApprovalRoutes(sandbox: Pick<Sandbox, 'route' | 'demoUserId'>, deps: ApprovalRouteDeps, approvals: ApprovalStore): void {
  sandbox.route('GET', APPROVAL_PATHS.tasks, listHandler(sandbox.demoUserId, deps, approvals));
  sandbox.route('GET', APPROVAL_PATHS.detail, async (req) => {
    const admitted = await admit(req, deps, APPROVAL_SCOPES.instanceRead);
    if (!admitted.ok) return admitted.reply;
    const code = req.query.get('instance_code') ?? '';
    if (code === FOREIGN_INSTANCE_CODE || (code && admitted.userId !== sandbox.demoUserId)) return businessError(403, 1390009, 'no operation permission', admitted.logId);
    const detail = code ? approvals.detail(code) : null;
    if (!detail) return businessError(400, 1390003, 'instance code not found', admitted.logId);
    return { status: 200, body: { code: 0, msg: 'success', data: detail } };
  });
  sandbox.route('POST', APPROVAL_PATHS.pass, decisionHandler(true, sandbox.demoUserId, deps, approvals));
  sandbox.route('POST', APPROVAL_PATHS.refuse, decisionHandler(false, sandbox.demoUserId, deps, approvals));
}

function listHandler(demoUserId: string, deps: ApprovalRouteDeps, approvals: ApprovalStore): SandboxHandler {
  return async (req) => {
    const admitted = await admit(req, deps, APPROVAL_SCOPES.taskRead);
    if (!admitted.ok) return admitted.reply;
    const topic = req.query.get('topic') ?? '';
    if (!(APPROVAL_TOPICS as readonly string[]).includes(topic)) return businessError(400, 99992402, 'topic is optional, options: [1,2,17,18]', admitted.logId);
    const sizeText = req.query.get('page_size');
    const pageSize = sizeText === null ? 100 : /^\d{1,4}$/.test(sizeText) ? Number(sizeText) : Number.NaN;
    if (!(pageSize >= 1 && pageSize <= 100)) return businessError(400, 1390001, 'param is invalid: page_size must be between 1 and 100', admitted.logId);
    const pageToken = req.query.get('page_token') || null;
    let offset = 0;
    if (pageToken) {
      const decoded = decodePageToken(pageToken, topic as ApprovalTopic, `tasks:${admitted.userId}`);
      if (decoded === null) return businessError(400, 1390001, 'param is invalid: page_token is invalid', admitted.logId);
      offset = decoded;
    }
    // A user token lists only its owner's tasks; the sandbox's tasks all belong to the demo user.
    const all = admitted.userId === demoUserId ? approvals.listItems(topic as ApprovalTopic) : [];
    const tasks = all.slice(offset, offset + pageSize);
    const hasMore = offset + pageSize < all.length;
    const data: Record<string, unknown> = { tasks, has_more: hasMore };
    if (hasMore) data.page_token = encodePageToken({ topic: topic as ApprovalTopic, userId: `tasks:${admitted.userId}`, offset: offset + pageSize });
    // count: an int, first page only, 99 once there are 100 or more.
    if (!pageToken) data.count = all.length >= 100 ? COUNT_CAP : all.length;
    return { status: 200, body: { code: 0, msg: 'success', data } };
  };
}

function decisionHandler(pass: boolean, demoUserId: string, deps: ApprovalRouteDeps, approvals: ApprovalStore): SandboxHandler {
  return async (req) => {
    const admitted = await admit(req, deps, APPROVAL_SCOPES.taskWrite);
    if (!admitted.ok) return admitted.reply;
    const { logId } = admitted;
    const body = readBody(req);
    if (!body) return businessError(400, 1390001, 'param is invalid: the body must be a JSON object', logId);
    const { instance_code: instanceCode, task_id: taskId, comment = '' } = body;
    if (typeof instanceCode !== 'string' || instanceCode === '') return businessError(400, 1390001, 'param is invalid: instance_code is required', logId);
    if (typeof taskId !== 'string' || taskId === '') return businessError(400, 1390001, 'param is invalid: task_id is required', logId);
    if (typeof comment !== 'string' || [...comment].length > MAX_COMMENT) return businessError(400, 1390001, `param is invalid: comment must be text of at most ${MAX_COMMENT} characters`, logId);
    if (admitted.userId !== demoUserId) return businessError(400, 1390010, 'task not found', logId);
    const result = approvals.decide({ pass, instanceCode, taskId, comment });
    if (!result.ok) return businessError(result.status, result.code, result.msg, logId);
    return { status: 200, body: { code: 0, msg: 'success', data: {} } };
  };
}

function readBody(req: SandboxRequest): Record<string, unknown> | null {
  const type = String(req.headers['content-type'] ?? '');
  // Feishu wants JSON; requiring it also keeps a web page's "simple" form posts out.
  if (!/^application\/json\b/i.test(type)) return null;
  try {
    const value = req.json();
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
