import { ApiError, isApiError } from '../../../shared/feishu/api-error';
import { openApprovalCommand } from '../approval-command';
import type { CliContext } from '../cli-context';
import { UsageError } from '../exit-codes';
import { jsonLine } from '../json-line';

// `approve TASK_ID [--comment TEXT]` and `reject TASK_ID --comment TEXT`: act as the signed-in
// user (POST /tasks/pass or /tasks/refuse). Only a task in the user's own to-do list, and not one
// the API says it cannot act on. The write goes out once: when its answer is lost or says "try
// later", the to-do list is read again to tell the user what state the task is in, never resent.

const MAX_COMMENT = 500;
type Action = 'approve' | 'reject';

export const approveCommand = (args: string[], ctx: CliContext) => decide('approve', args, ctx);
export const rejectCommand = (args: string[], ctx: CliContext) => decide('reject', args, ctx);

async function decide(action: Action, args: string[], ctx: CliContext): Promise<number> {
  const { config, checked: comment, taskId, approvals, findIn, calls } = await openApprovalCommand(action, args, ctx, { comment: { type: 'string' } }, (values) => {
    const text = typeof values.comment === 'string' ? values.comment.trim() : '';
    if (action === 'reject' && text === '') throw new UsageError('reject needs a reason: --comment TEXT.');
    if ([...text].length > MAX_COMMENT) throw new UsageError(`--comment must be at most ${MAX_COMMENT} characters.`);
    return text;
  });
  try {
    const item = await findIn('1');
    if (!item) throw refusal(`Task ${taskId} is not in your to-do list: it was already handled, or it is not yours.`);
    if (item.supportApiOperate === false) throw refusal(`Task ${taskId} cannot be ${action}d through the API (support_api_operate is false); open it in Feishu.`);
    const decision = { instanceCode: item.instanceCode, taskId, comment: comment || undefined };
    try {
      await (action === 'approve' ? approvals.pass(decision) : approvals.refuse(decision));
    } catch (error) {
      throw await afterFailedWrite(error, taskId, findIn);
    }
    if (config.json) ctx.io.stdout(jsonLine({ task_id: taskId, action, ok: true }));
    else ctx.io.stdout(`${action === 'approve' ? 'Approved' : 'Rejected'} task ${taskId}.`);
    return 0;
  } finally {
    await calls.flush();
  }
}

function refusal(message: string): ApiError {
  return new ApiError({ kind: 'bad-request', message });
}

/** After a write that may or may not have happened, say what the to-do list shows now. */
async function afterFailedWrite(error: unknown, taskId: string, findIn: (topic: '1') => Promise<unknown>): Promise<unknown> {
  if (!isApiError(error) || !['network', 'server', 'malformed', 'rate-limited'].includes(error.kind)) return error;
  const still = await findIn('1').then(
    (item) => item !== null,
    () => null,
  );
  const state =
    still === null ? 'and the to-do list could not be read to check; look in Feishu before trying again.'
    : still ? 'and the task is still in your to-do list, so nothing was done; try again.'
    : 'but the task has left your to-do list, so it was probably handled; check in Feishu.';
  return new ApiError({ ...error.toJSON(), message: `${error.message.replace(/[.;]? ?will retry shortly\.?$/i, '').replace(/\.$/, '')}: the answer was lost or refused for now, ${state}` });
}
