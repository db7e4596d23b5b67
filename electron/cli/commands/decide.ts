import { classifyDecisionError, notInTodo, notSupported } from '../../../shared/approval/decision-failure';
import type { DecisionFailure } from '../../../shared/approval/decision-failure';
import { openApprovalCommand } from '../approval-command';
import type { CliContext } from '../cli-context';
import { exitCodeForDecision, UsageError } from '../exit-codes';
import { jsonLine } from '../json-line';

// `approve TASK_ID [--comment TEXT]` and `reject TASK_ID --comment TEXT`: act as the signed-in
// user (POST /tasks/pass or /tasks/refuse). Only a task in the user's own to-do list, and not one
// the API says it cannot act on. The write goes out once: when its answer is lost or says "try
// later", the to-do list is read again to tell the user what state the task is in, never resent.
// Why a decision failed, and its exit code, come from the table the app uses too
// (shared/approval/decision-failure.ts; README "CLI" lists the codes).

const MAX_COMMENT = 500;
type Action = 'approve' | 'reject';
const DONE: Record<Action, string> = { approve: 'approved', reject: 'rejected' };

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
    // Reading the list can fail like any read (run-cli maps it: 3 sign-in, 4 naming a missing
    // scope, 5 network); what follows is the decision's own classification, shared with the app.
    const item = await findIn('1');
    if (!item) return failed(ctx, action, notInTodo(), `Task ${taskId} is not in your to-do list: it was already handled, or it is not yours.`);
    if (item.supportApiOperate === false) return failed(ctx, action, notSupported(), `Task ${taskId} cannot be ${DONE[action]} through the API (support_api_operate is false); open it in Feishu.`);
    const decision = { instanceCode: item.instanceCode, taskId, comment: comment || undefined };
    try {
      await (action === 'approve' ? approvals.pass(decision) : approvals.refuse(decision));
    } catch (error) {
      const failure = classifyDecisionError(error);
      return failed(ctx, action, failure, await explain(failure, findIn));
    }
    if (config.json) ctx.io.stdout(jsonLine({ task_id: taskId, action, ok: true }));
    else ctx.io.stdout(`${action === 'approve' ? 'Approved' : 'Rejected'} task ${taskId}.`);
    return 0;
  } finally {
    await calls.flush();
  }
}

/** One line on stderr (with Feishu's code and log id for support), and the decision's exit code. */
function failed(ctx: CliContext, action: Action, failure: DecisionFailure, message: string): number {
  const support = [failure.code !== undefined ? `code ${failure.code}` : '', failure.logId ? `log_id ${failure.logId}` : ''].filter(Boolean).join(', ');
  ctx.io.stderr(`${action}: ${message}${support ? ` (${support})` : ''}`);
  return exitCodeForDecision(failure.reason);
}

/**
 * The sentence for a failed write. When it may have happened ("already done", a lost answer,
 * "try later"), the to-do list is read again first and the sentence says what it shows.
 */
async function explain(failure: DecisionFailure, findIn: (topic: '1') => Promise<unknown>): Promise<string> {
  const detail = failure.detail.replace(/[.;]? ?will retry shortly\.?$/i, '').replace(/\.$/, '');
  if (failure.reason === 'missing-scope' && failure.scope && !detail.includes(failure.scope)) return `${detail} (scope ${failure.scope}).`;
  if (!failure.recheck) return `${detail}.`;
  const still = await findIn('1').then(
    (item) => item !== null,
    () => null,
  );
  if (failure.reason === 'already-done') {
    return still === null ? `${detail}; the to-do list could not be read to check.`
      : still ? `${detail}, yet it is still in your to-do list; check in Feishu before trying again.`
      : `${detail}; it has left your to-do list.`;
  }
  const state =
    still === null ? 'and the to-do list could not be read to check; look in Feishu before trying again.'
    : still ? 'and the task is still in your to-do list, so nothing was done; try again.'
    : 'but the task has left your to-do list, so it was probably handled; check in Feishu.';
  return `${detail}: the answer was lost or refused for now, ${state}`;
}
