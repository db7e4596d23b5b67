import type { EventChannel, EventPayloads } from '../ipc/contract';
import type { TrayPresentation } from '../tray/tray-presentation';
import type { TrayAction } from '../tray/tray-menu';
import type { TopicCode } from '../tasks/topic';

// The edges of the main-process core (app-core.ts). Each is implemented by one thin Electron
// adapter in electron/main/ and by a typed fake in test/fakes/; the core decides, the adapters
// only do what they are told.

/** A native notification, already decided: its text, its sound, what a click does. */
export interface NotificationRequest {
  title: string;
  body: string;
  silent: boolean;
  /**
   * Buttons, where the OS shows them through Electron (macOS); elsewhere they are left out and
   * the click alone works as before. None of them approves anything (issue #11).
   */
  actions?: NotificationAction[];
}

/** A notification button: `open` does what a click does, `review` shows the task's detail view. */
export interface NotificationAction {
  id: 'open' | 'review';
  label: string;
}

export interface NotifierPort {
  /**
   * Shows it; `onClick` runs when the user clicks it (also from the Action Center), `onAction`
   * when they press one of `request.actions` (with its id).
   */
  show(request: NotificationRequest, onClick: () => void, onAction?: (id: NotificationAction['id']) => void): void;
}

/** Main → renderer events, to the window if there is one (dropped otherwise). */
export interface RendererPort {
  send<E extends EventChannel>(channel: E, payload: EventPayloads[E]): void;
}

/** The default browser or the Feishu app. Only ever handed URLs that passed the URL policy. */
export interface ExternalOpenerPort {
  open(url: string): Promise<void>;
}

export interface ClipboardPort {
  writeText(text: string): void;
}

export interface WindowPort {
  /** Shows and focuses the window (creating it if needed). */
  show(): void;
  isVisible(): boolean;
}

export interface TrayPort {
  /** Draws the icon for `presentation.iconState` with `badgeCount`, tooltip, title and menu. */
  render(presentation: TrayPresentation): void;
}

/** What the tray reports back: a menu action, a task clicked in the menu. */
export type TrayEvent = { kind: 'action'; action: TrayAction } | { kind: 'task'; taskId: string };

/** The platform's own count: macOS dock badge, Linux launcher badge, Windows taskbar overlay. */
export interface PlatformBadgePort {
  setCount(count: number, label: string): void;
}

/** A JSON state file (json-state-file.ts) seen through what the core needs of it. */
export interface StatePort<T> {
  read(): Promise<T>;
  write(value: T): Promise<void>;
}

export interface LoggerPort {
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

/** Where a click on a task without a safe URL lands: the window, at that task. */
export interface TaskLocation {
  topic: TopicCode;
  taskId: string;
}
