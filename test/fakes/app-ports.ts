import type * as Ports from '../../shared/app/app-ports';
import type { EventChannel, EventPayloads } from '../../shared/ipc/contract';
import type { TrayPresentation } from '../../shared/tray/tray-presentation';

// Recording stand-ins for the core's ports, for tests of shared/app that do not need the
// Electron adapters (those are tested against the Electron fakes in electron.ts).

export function createRecordingPorts() {
  const notifications: { request: Ports.NotificationRequest; click: () => void; action: (id: Ports.NotificationAction['id']) => void }[] = [];
  const opened: string[] = [];
  const sent: { channel: EventChannel; payload: unknown }[] = [];
  const trays: TrayPresentation[] = [];
  const badges: number[] = [];
  const clipboard: string[] = [];
  const logs: { level: string; message: string }[] = [];
  let windowShown = 0;
  let settingsShown = 0;
  let quits = 0;
  function memoryState<T>(initial: T): Ports.StatePort<T> & { value: T; writes: number } {
    const port = {
      value: initial,
      writes: 0,
      read: async () => port.value,
      write: async (value: T) => {
        port.value = value;
        port.writes++;
      },
    };
    return port;
  }
  const ports = {
    notifier: {
      show: (request: Ports.NotificationRequest, click: () => void, action?: (id: Ports.NotificationAction['id']) => void) =>
        void notifications.push({ request, click, action: action ?? (() => click()) }),
    },
    renderer: { send: <E extends EventChannel>(channel: E, payload: EventPayloads[E]) => void sent.push({ channel, payload }) },
    opener: { open: async (url: string) => void opened.push(url) },
    clipboard: { writeText: (text: string) => void clipboard.push(text) },
    window: { show: () => void windowShown++, isVisible: () => windowShown > 0 },
    tray: { render: (presentation: TrayPresentation) => void trays.push(presentation) },
    badge: { setCount: (count: number) => void badges.push(count) },
    log: {
      info: (message: string) => void logs.push({ level: 'info', message }),
      warn: (message: string) => void logs.push({ level: 'warn', message }),
      error: (message: string) => void logs.push({ level: 'error', message }),
    },
    showSettings: () => void settingsShown++,
    quit: () => void quits++,
  };
  return {
    ports,
    memoryState,
    notifications,
    opened,
    sent,
    trays,
    badges,
    clipboard,
    logs,
    lastTray: () => trays.at(-1),
    windowShown: () => windowShown,
    settingsShown: () => settingsShown,
    quits: () => quits,
    sentOn: <E extends EventChannel>(channel: E) => sent.filter((s) => s.channel === channel).map((s) => s.payload as EventPayloads[E]),
  };
}
