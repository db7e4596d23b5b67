import type { FormField } from '../approval/form-field';
import type { ApiErrorDetails } from '../feishu/api-error';
import type { PollerStatus } from '../poller/poller-status';
import type { Account, Settings } from '../settings/settings';
import type { Task } from '../tasks/task';
import type { TopicCode } from '../tasks/topic';

// What main sends the renderer. Never a token, never a secret: these types have no place for one.

/** A task plus what the app knows about it beyond the API (the API gives no times). */
export interface TaskView extends Task {
  /** When this app first saw the task (epoch ms). */
  firstSeenAt: number;
  /** Arrived since the user last looked at this topic. */
  isNew: boolean;
  /** Which links pass the URL policy, so the UI can say "no safe link" instead of failing. */
  openable: { pc: boolean; mobile: boolean; helpdesk: boolean };
  /**
   * What the user-level approval APIs add to a to-do row (issue #11). Absent when the app has
   * not learnt it (no scope, "Show details" off, not fetched yet): the row shows as before.
   */
  details?: TaskDetailsSummary;
}

/** Whether Approve / Reject may be offered for a task, or why not (the UI says why). */
export type ActionAvailability =
  | { can: true }
  | {
      can: false;
      /**
       * not-supported: the API says this task cannot be acted on through it (support_api_operate
       * false); signature: it needs a handwritten signature (1390018); missing-scope: the sign-in
       * lacks approval:task:write (`scope` names it); turned-off: "Approve from the app" is off;
       * not-todo: the task is not in the to-do list; unknown: the API has not said yet.
       */
      reason: 'not-supported' | 'signature' | 'missing-scope' | 'turned-off' | 'not-todo' | 'unknown';
      scope?: string;
    };

/** The decision-ready part of a to-do row. Times are epoch ms, null when unknown. */
export interface TaskDetailsSummary {
  instanceCode: string;
  /** The approval's summary fields as sent (the row shows up to three). */
  summaries: { key: string; value: string }[];
  /** When the request was submitted (instance start). */
  submittedAt: number | null;
  /** When my own task started: what "waiting 2 days" and overdue count from. */
  waitingSince: number | null;
  action: ActionAvailability;
}

/** One line of an instance's history: who did what, when, with what comment. */
export interface TimelineItemView {
  /** The API's record type (START, PASS, REJECT, CC, ...), verbatim; the UI words the known ones. */
  type: string;
  at: number | null;
  /** A display name when known, else the user id the API sent; empty for system steps. */
  who: string;
  comment: string;
}

/** The detail view of one task (tasks:get-detail). */
export interface TaskDetailView {
  topic: TopicCode;
  taskId: string;
  instanceCode: string;
  serialNumber: string;
  title: string;
  definitionName: string;
  initiatorName: string;
  submittedAt: number | null;
  waitingSince: number | null;
  summaries: { key: string; value: string }[];
  /** The form read-only, or why it could not be read (the rest still shows). */
  form: { ok: true; fields: FormField[] } | { ok: false; error: string };
  timeline: TimelineItemView[];
  action: ActionAvailability;
  /** The task's pc link passes the URL policy ("Open in Feishu" can work). */
  openable: boolean;
}

export type DecisionAction = 'approve' | 'reject';

/**
 * An approve / reject the user asked for. It waits `sendsAt - now` (the undo window, about 5 s)
 * before it goes out; undone, it is gone. Sent successfully, it disappears from the list of
 * decisions and its task from the to-do list. Failed, it stays with the reason until dismissed.
 */
export interface DecisionView {
  taskId: string;
  /** The task's title (the shared empty-title rule), for the undo bar. */
  title: string;
  action: DecisionAction;
  state: 'waiting' | 'sending' | 'failed';
  /** When it goes out unless undone (epoch ms). */
  sendsAt: number;
  /** Why it failed, in the user's words; only in state 'failed'. */
  message?: string;
  /** A failure the user can only settle in Feishu (signature, not supported): offer Open in Feishu. */
  openInFeishu?: boolean;
}

/** Which approval features the signed-in account can use, and why not (settings explain it). */
export interface ApprovalFeaturesView {
  /** Details (summaries, waiting time, form): needs approval:task:read + approval:instance:read. */
  details: FeatureAvailability;
  /** Approve / reject from the app: needs approval:task:write and the setting. */
  act: FeatureAvailability;
}

export interface FeatureAvailability {
  /** The scopes granted (or not known to be missing) and the setting on: it works now. */
  active: boolean;
  /** Scopes this feature needs that the sign-in is known (or presumed) to lack. */
  missingScopes: string[];
  /** Tenant sign-in cannot use these user-only APIs at all. */
  unsupported?: boolean;
  /**
   * Active, but its calls wait for the monthly budget: the enrichment has used its share for now
   * (or the month is spent), so rows show without it until there is room (a later poll). A
   * detail view the user opens is still fetched unless the whole budget is spent.
   */
  deferred?: boolean;
}

export interface TopicCount {
  total: number;
  /** The API caps count.total at 999 from 1000 tasks up. */
  capped: boolean;
}

export interface TopicView {
  topic: TopicCode;
  tasks: TaskView[];
  count: TopicCount | null;
  /** When this topic was last fetched successfully (epoch ms), null if never. */
  fetchedAt: number | null;
  /** The last fetch of this topic failed, if it did (data above is then the last good one). */
  error: ApiErrorDetails | null;
  loading: boolean;
}

/** The account as the UI may see it: Account minus nothing secret (Account holds no secret). */
export type AccountView = Account;

export interface QuotaView {
  /** API calls this app made this calendar month. */
  callsThisMonth: number;
  monthlyBudget: number;
  /** The interval polling actually uses (minutes): the user's, or longer to stay in budget. */
  effectiveIntervalMinutes?: number;
  /** The budget, not the user's setting, decided the interval. */
  stretched?: boolean;
  /** This month's budget is spent: no polling until then (epoch ms, the 1st). */
  budgetSpentUntil?: number;
}

export interface AppState {
  /** True when no account is configured and the bundled sandbox serves demo data. */
  demo: boolean;
  account: AccountView | null;
  poller: PollerStatus;
  counts: Partial<Record<TopicCode, TopicCount>>;
  quota: QuotaView;
  /** Keychain status, so settings can say what is missing on Linux. */
  keychain: { available: boolean; message?: string };
  /** Details and approve-from-the-app: available, or which scopes they lack. */
  approvals: ApprovalFeaturesView;
}

export type { Settings };

/** The optional global shortcut as the OS took it (electron/main/global-shortcut.ts). */
export interface ShortcutStatus {
  accelerator: string | null;
  /** True while the OS delivers the keys to the app. */
  registered: boolean;
  /** Why it is not registered: another app holds the keys, or Electron refused them; else null. */
  problem: 'in-use' | 'refused' | null;
}
