import type { NotificationConstructorOptions } from 'electron';
import type { LoggerPort, NotificationRequest, NotifierPort } from '../../shared/app/app-ports';

// Native notifications. Electron drops the click handler of a Notification that has been
// garbage-collected, so each shown one is held until it is clicked or closed (a bounded set:
// ones left in the Notification Center for days must not pile up forever).

export const MAX_HELD_NOTIFICATIONS = 50;

export interface NotificationLike {
  show(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
}

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
    show(request: NotificationRequest, onClick: () => void) {
      if (!electron.Notification.isSupported()) {
        options.log.warn('notifications are not supported on this system');
        return;
      }
      const notification = new electron.Notification({ title: request.title, body: notificationBody(request.body, options.platform), silent: request.silent });
      let clicked = false;
      notification.on('click', () => {
        held.delete(notification);
        if (clicked) return;
        clicked = true;
        onClick();
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
