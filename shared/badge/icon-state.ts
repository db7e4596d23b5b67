// The tray icon's states. Each has its own mark and colour so no state is a silent grey icon.
export const ICON_STATES = ['ok', 'new', 'updating', 'offline', 'signin', 'paused', 'error'] as const;
export type IconState = (typeof ICON_STATES)[number];
