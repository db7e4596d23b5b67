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
