// The tray menu as data: main turns it into an Electron Menu, tests read it plainly.

export type TrayAction =
  | 'open-window'
  | 'refresh'
  | 'pause-hour'
  | 'pause-tomorrow'
  | 'resume'
  | 'settings'
  | 'sign-in'
  | 'quit'
  /** Added by shared/update/update-menu.ts when an update is ready; main handles it. */
  | 'restart-to-update';

export type TrayMenuItem =
  /** A line of information; shown disabled. */
  | { kind: 'label'; text: string }
  | { kind: 'separator' }
  | { kind: 'action'; action: TrayAction; text: string; enabled: boolean }
  /** A to-do task; clicking opens it (main looks the URL up and applies the URL policy). */
  | { kind: 'task'; taskId: string; text: string };
