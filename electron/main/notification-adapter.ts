import type { NotificationConstructorOptions } from 'electron';
import type { LoggerPort, NotificationAction, NotificationRequest, NotifierPort } from '../../shared/app/app-ports';

// Native notifications. Electron drops the click handler of a Notification that has been
// garbage-collected, so each shown one is held until it is clicked or closed (a bounded set:
// ones left in the Notification Center for days must not pile up forever).
// Buttons (issue #11's Open / Review) go where Electron shows them: macOS and Windows (Electron
// 41 takes `actions` there); elsewhere they are left out and the click works as before.

export const MAX_HELD_NOTIFICATIONS = 50;

export interface NotificationLike {
  show(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  /** Newer Electron passes `{actionIndex}` first; older ones the index as the second argument. */
  on(event: 'action', listener: (details: unknown, actionIndex?: number) => void): unknown;
}

/** Platforms whose notifications show Electron's `actions` as buttons. */
export const ACTION_PLATFORMS: readonly NodeJS.Platform[] = ['darwin', 'win32'];

export interface NotificationElectron {
  Notification: (new (options: NotificationConstructorOptions) => NotificationLike) & { isSupported(): boolean };
}

/**
 * libnotify (Linux) reads a notification body as markup, so a task titled `<b>` or `a & b` would
 * render wrong or hide text. Escape the three characters its markup gives meaning to; macOS and
 * Windows show text as it is, so they must not see entities.
 */
export function notificationBody(body: string, platform: NodeJS.Platform): string {
  if (platform !== 'linux') return body;
  return body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function createNotifier(electron: NotificationElectron, options: { log: LoggerPort; platform: NodeJS.Platform }): NotifierPort {
  const held = new Set<NotificationLike>();
  return {
    show(request: NotificationRequest, onClick: () => void, onAction?: (id: NotificationAction['id']) => void) {
      if (!electron.Notification.isSupported()) {
        options.log.warn('notifications are not supported on this system');
        return;
      }
      const buttons = request.actions && onAction && ACTION_PLATFORMS.includes(options.platform) ? request.actions : [];
      const notification = new electron.Notification({
        title: request.title,
        body: notificationBody(request.body, options.platform),
        silent: request.silent,
        ...(buttons.length > 0 ? { actions: buttons.map((button) => ({ type: 'button' as const, text: button.label })) } : {}),
      });
      let clicked = false;
      notification.on('click', () => {
        held.delete(notification);
        if (clicked) return;
        clicked = true;
        onClick();
      });
      notification.on('action', (details, legacyIndex) => {
        const index = actionIndex(details, legacyIndex);
        const button = index === undefined ? undefined : buttons[index];
        held.delete(notification);
        if (!button || clicked) return;
        clicked = true;
        onAction?.(button.id);
      });
      notification.on('close', () => held.delete(notification));
      notification.on('failed', (_event, error) => {
        held.delete(notification);
        options.log.warn('notification failed to show', { error });
      });
      held.add(notification);
      if (held.size > MAX_HELD_NOTIFICATIONS) {
        const oldest = held.values().next().value;
        if (oldest) held.delete(oldest);
      }
      notification.show();
    },
  };
}

function actionIndex(details: unknown, legacyIndex: number | undefined): number | undefined {
  const index = details !== null && typeof details === 'object' ? (details as { actionIndex?: unknown }).actionIndex : undefined;
  if (typeof index === 'number' && Number.isInteger(index)) return index;
  return typeof legacyIndex === 'number' && Number.isInteger(legacyIndex) ? legacyIndex : undefined;
}
