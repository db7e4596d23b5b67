// The wire shape of GET /open-apis/approval/v4/tasks/query, as documented
// (../shared/reference/approval-v4-tasks-query.md). Every field is optional and `unknown`-ish on
// purpose: this is what a server *may* send. Only shared/tasks/normalize-task.ts reads it.
export interface RawTaskUrls {
  helpdesk?: unknown;
  mobile?: unknown;
  pc?: unknown;
}

export interface RawTask {
  topic?: unknown;
  user_id?: unknown;
  title?: unknown;
  urls?: RawTaskUrls | null;
  process_external_id?: unknown;
  task_external_id?: unknown;
  status?: unknown;
  process_status?: unknown;
  definition_code?: unknown;
  initiators?: unknown;
  initiator_names?: unknown;
  task_id?: unknown;
  process_id?: unknown;
  process_code?: unknown;
  definition_group_id?: unknown;
  definition_group_name?: unknown;
  definition_id?: unknown;
  definition_name?: unknown;
  [extra: string]: unknown;
}

export interface RawTasksPage {
  tasks?: RawTask[];
  page_token?: string;
  has_more?: boolean;
  count?: { total?: number; has_more?: boolean };
}

export interface RawEnvelope<T> {
  code?: number;
  msg?: string;
  data?: T;
  error?: { log_id?: string; message?: string; permission_violations?: unknown };
}
