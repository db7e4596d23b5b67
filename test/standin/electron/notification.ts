import { EventEmitter } from 'node:events';
import type { NotificationConstructorOptions } from 'electron';
import { records } from './records';
import type { NotificationRecord } from './records';

// Notifications as records. The test clicks one (or one of its actions) as a user would in the
// OS notification centre; what the OS draws is not shown here.

export class StandinNotification extends EventEmitter {
  static readonly all: StandinNotification[] = [];
  static isSupported(): boolean {
    return true;
  }
  readonly record: NotificationRecord;

  constructor(options: NotificationConstructorOptions = {}) {
    super();
    this.record = {
      title: options.title ?? '',
      body: options.body ?? '',
      ...(options.subtitle === undefined ? {} : { subtitle: options.subtitle }),
      ...(options.silent === undefined ? {} : { silent: options.silent }),
      actions: (options.actions ?? []).map((action) => action.text ?? action.type),
      shown: false,
      closed: false,
      at: Date.now(),
    };
  }
  get title(): string {
    return this.record.title;
  }
  get body(): string {
    return this.record.body;
  }
  show(): void {
    if (this.record.shown) return;
    this.record.shown = true;
    this.record.at = Date.now();
    StandinNotification.all.push(this);
    records.notifications.push(this.record);
    queueMicrotask(() => this.emit('show', { preventDefault() {} }));
  }
  close(): void {
    if (this.record.closed) return;
    this.record.closed = true;
    this.emit('close', { preventDefault() {} });
  }
  /** The user clicks the notification, or the action button at `actionIndex`. */
  click(actionIndex?: number): void {
    if (!this.record.shown) throw new Error('this notification was never shown');
    if (actionIndex === undefined) this.emit('click', { preventDefault() {} });
    else this.emit('action', { preventDefault() {} }, actionIndex);
  }
}
