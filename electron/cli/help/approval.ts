import { API_OPTIONS } from './api-options';
import type { CommandHelp } from './command-help';

// show, approve and reject: the user-level approval APIs (docs/feishu-app-setup.md lists the
// scopes each needs). Their exit codes are the CLI's usual ones (README "CLI").

const REFUSALS = `Exit 4, with a one-line reason, when the task is not in your to-do list, was already handled,
needs a handwritten signature or does not allow API actions, or when a scope is missing (the
message names it); exit 3 for sign-in problems. A write is sent once and never retried.`;

export const showHelp: CommandHelp = {
  name: 'show',
  summary: 'show TASK_ID [--json]                A task with its details: summary, form, waiting time.',
  usage: `Usage: approval-tray show TASK_ID [--json] [options]

A task with its details (scopes approval:task:read and approval:instance:read). With --json one
document: {"task_id","instance_code","title","definition_name","initiator_name","submitted_at",
"waiting_since","summaries":[{"key","value"}],"form":[{"name","type","value"}],"can_act"}; times
are ISO 8601 or null, can_act is true only when the API allows approving or rejecting it.

${API_OPTIONS}`,
};

export const approveHelp: CommandHelp = {
  name: 'approve',
  summary: 'approve TASK_ID [--comment TEXT]     Approve a to-do task as yourself.',
  usage: `Usage: approval-tray approve TASK_ID [--comment TEXT] [--json] [options]

Approve a task in your to-do list as the signed-in user (scope approval:task:write). With --json:
{"task_id","action":"approve","ok":true}.
${REFUSALS}

  --comment TEXT        an optional comment, at most 500 characters

${API_OPTIONS}`,
};

export const rejectHelp: CommandHelp = {
  name: 'reject',
  summary: 'reject TASK_ID --comment TEXT        Reject a to-do task as yourself, with a reason.',
  usage: `Usage: approval-tray reject TASK_ID --comment TEXT [--json] [options]

Reject a task in your to-do list as the signed-in user (scope approval:task:write). With --json:
{"task_id","action":"reject","ok":true}.
${REFUSALS}

  --comment TEXT        the reason (required), at most 500 characters

${API_OPTIONS}`,
};
