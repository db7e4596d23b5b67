import type { TopicCode } from './topic';

// A task as the app understands it. Built from the API's raw shape in exactly one place
// (normalize-task.ts); nothing else reads the raw shape.

/** Known task statuses; `unknown` keeps whatever the server sent in `raw`. */
export type TaskStatusKind = 'todo' | 'done' | 'unread' | 'read' | 'processing' | 'withdrawn' | 'unknown';
export interface TaskStatus {
  kind: TaskStatusKind;
  /** The value as it came ("1", "Todo", "Mystery"), for display when kind is unknown. */
  raw: string;
}

export type ProcessStatusKind =
  | 'none'
  | 'running'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'terminated'
  | 'unknown';
export interface ProcessStatus {
  kind: ProcessStatusKind;
  raw: string;
}

export interface TaskLinks {
  /** Raw strings as sent. Never open them directly: go through shared/links/url-policy. */
  pc?: string;
  mobile?: string;
  helpdesk?: string;
}

export interface Person {
  id: string;
  name: string;
}

export interface Task {
  id: string;
  /** The topic this task was fetched under (a task id is unique within a topic). */
  topic: TopicCode;
  title: string;
  status: TaskStatus;
  processStatus: ProcessStatus;
  definition: {
    code: string;
    id: string;
    name: string;
    groupId: string;
    groupName: string;
  };
  initiators: Person[];
  links: TaskLinks;
  processId: string;
  processCode: string;
  processExternalId: string;
  taskExternalId: string;
  userId: string;
}
