import type { z } from 'zod';
import type { ManagedState } from '../managed/managed-config';
import type { AboutView } from '../about/about-view';
import type { Settings } from '../settings/settings';
import type { TopicCode } from '../tasks/topic';
import type { AppState, DecisionView, ShortcutStatus, TaskDetailView, TopicView } from './view-types';
import type { invokeRequestSchemas } from './request-schemas';

// The one contract between main, preload and renderer. Channel names are `domain:verb`.
// Each invoke channel has a request schema (request-schemas.ts; main parses every payload at run
// time) and a response type; each event has a payload type. The preload, main's handlers and
// the renderer are all checked against these maps by the compiler.

export type InvokeChannel = keyof typeof invokeRequestSchemas;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeRequestSchemas)[C]>;
export type ParsedInvokeRequest<C extends InvokeChannel> = z.output<(typeof invokeRequestSchemas)[C]>;

/** Results that can fail in ways the user must see come back as values, not thrown errors. */
export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; message: string; kind?: string };

export interface InvokeResponses {
  'app:get-state': AppState;
  'tasks:get-topic': TopicView;
  'tasks:refresh': void;
  'tasks:open': Outcome;
  'tasks:copy-link': Outcome;
  /** A task with no link: its name, approval and instance code to the clipboard (main copies). */
  'tasks:copy-summary': Outcome;
  'tasks:mark-seen': void;
  /** The detail view of a task: from the cache, or one instances/detail call (counted). */
  'tasks:get-detail': Outcome<TaskDetailView>;
  /** Queues an approve / reject behind the undo window; refused (with the reason) if not possible. */
  'tasks:decide': Outcome<DecisionView>;
  /** Cancels a decision still in its undo window; refused once it is being sent. */
  'tasks:undo-decision': Outcome;
  /** Forgets a failed decision the user has read. */
  'tasks:dismiss-decision': void;
  'tasks:get-decisions': DecisionView[];
  /** Starts the browser sign-in again for the same account, asking for a feature's scopes too. */
  'auth:grant-scopes': Outcome<AppState>;
  'poller:pause': void;
  'poller:resume': void;
  'settings:get': Settings;
  'settings:update': Settings;
  /** Whether the global shortcut in the settings is registered, or why not. */
  'settings:shortcut-status': ShortcutStatus;
  'links:forget-host': Settings;
  /** Feishu's approval centre for the account's region, through main's policy-checked opener. */
  'links:open-approval-centre': Outcome;
  'auth:sign-in': Outcome<AppState>;
  /** The administrator's managed configuration as read at start (none, ok or invalid). */
  'auth:get-managed': ManagedState;
  'auth:cancel-sign-in': void;
  'auth:sign-out': void;
  'window:hide': void;
  'about:get': AboutView;
  /** Opens the data or log folder in the file manager (main looks the path up). */
  'about:open-folder': Outcome;
  /** Main builds the redacted report and puts it on the clipboard itself. */
  'diagnostics:copy': Outcome;
  /** Quits and installs the downloaded update; refused while an approval action is pending. */
  'update:restart': Outcome;
}

/** Main → renderer pushes. */
export interface EventPayloads {
  'app:state-changed': AppState;
  'tasks:topic-changed': TopicView;
  'settings:changed': Settings;
  /** Main (re-)registered the global shortcut: it works now, or another app holds the keys. */
  'settings:shortcut-status': ShortcutStatus;
  /**
   * Show a task in the window: a click on a notification or tray item for a task with no safe
   * URL, or a notification's Review button (`view: 'detail'`, Approve focused).
   */
  'nav:show-task': { topic: TopicCode; taskId: string; view?: 'list' | 'detail' };
  /** The pending / failed approve-reject decisions changed. */
  'tasks:decisions-changed': DecisionView[];
  'nav:show-settings': void;
  'about:changed': AboutView;
}
export type EventChannel = keyof EventPayloads;

// Compile-time proof that every invoke channel has both a schema and a response type.
type MissingResponse = Exclude<InvokeChannel, keyof InvokeResponses>;
type MissingSchema = Exclude<keyof InvokeResponses, InvokeChannel>;
const contractIsComplete: [MissingResponse, MissingSchema] extends [never, never] ? true : never = true;
void contractIsComplete;

/** The named functions the preload exposes as `window.api`, each bound to one invoke channel. */
export const BRIDGE_METHODS = {
  getState: 'app:get-state',
  getTopic: 'tasks:get-topic',
  refresh: 'tasks:refresh',
  openTask: 'tasks:open',
  copyLink: 'tasks:copy-link',
  copySummary: 'tasks:copy-summary',
  markSeen: 'tasks:mark-seen',
  getDetail: 'tasks:get-detail',
  decide: 'tasks:decide',
  undoDecision: 'tasks:undo-decision',
  dismissDecision: 'tasks:dismiss-decision',
  getDecisions: 'tasks:get-decisions',
  grantScopes: 'auth:grant-scopes',
  pause: 'poller:pause',
  resume: 'poller:resume',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  getShortcutStatus: 'settings:shortcut-status',
  forgetLinkHost: 'links:forget-host',
  openApprovalCentre: 'links:open-approval-centre',
  signIn: 'auth:sign-in',
  getManaged: 'auth:get-managed',
  cancelSignIn: 'auth:cancel-sign-in',
  signOut: 'auth:sign-out',
  hideWindow: 'window:hide',
  getAbout: 'about:get',
  openFolder: 'about:open-folder',
  copyDiagnostics: 'diagnostics:copy',
  restartToUpdate: 'update:restart',
} as const satisfies Record<string, InvokeChannel>;
export type BridgeMethod = keyof typeof BRIDGE_METHODS;

// Every channel must be reachable from exactly one bridge method.
type UnbridgedChannel = Exclude<InvokeChannel, (typeof BRIDGE_METHODS)[BridgeMethod]>;
const everyChannelBridged: [UnbridgedChannel] extends [never] ? true : never = true;
void everyChannelBridged;

type BridgeCall<C extends InvokeChannel> = InvokeRequest<C> extends void
  ? () => Promise<InvokeResponses[C]>
  : (request: InvokeRequest<C>) => Promise<InvokeResponses[C]>;

/** The typed bridge the preload exposes as `window.api`: named functions, never ipcRenderer. */
export type RendererApi = { [M in BridgeMethod]: BridgeCall<(typeof BRIDGE_METHODS)[M]> } & {
  /** Subscribe to a main → renderer event; returns the unsubscribe function. */
  on<E extends EventChannel>(channel: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

export const INVOKE_CHANNELS = Object.values(BRIDGE_METHODS) as InvokeChannel[];
export const EVENT_CHANNELS = [
  'app:state-changed',
  'tasks:topic-changed',
  'settings:changed',
  'settings:shortcut-status',
  'nav:show-task',
  'tasks:decisions-changed',
  'nav:show-settings',
  'about:changed',
] as const satisfies readonly EventChannel[];

/** Main's side of every invoke channel: gets the parsed (validated) request, returns the response. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (request: ParsedInvokeRequest<C>) => Promise<InvokeResponses[C]> | InvokeResponses[C];
};
