// The user scopes each enrichment needs (reference feishu-approval-actions.md §1, §2, §4.2). Whether
// a tenant's console offers them for the user identity is uncertain (§8.1): without them the app
// works as before, and errors name the scope (shared/feishu/missing-scope.ts).
export const APPROVAL_SCOPES = {
  /** GET /tasks: instance_code, summaries, support_api_operate. */
  list: 'approval:task:read',
  /** GET /instances/detail: submitted and waiting times, form, timeline. */
  detail: 'approval:instance:read',
  /** POST /tasks/pass and /tasks/refuse. */
  act: 'approval:task:write',
} as const;
