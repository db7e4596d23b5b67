// Where the window pops up: at the tray icon, inside the screen's work area. macOS menu bars and
// top taskbars drop the window below the icon; bottom taskbars raise it above; side taskbars put
// it beside. Linux often reports no tray bounds at all, so the window is then centred.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowPositionInput {
  trayBounds: Rect | null;
  windowSize: { width: number; height: number };
  workArea: Rect;
  platform: string;
  /** Gap between the tray and the window. */
  margin?: number;
}

export function windowPosition(input: WindowPositionInput): { x: number; y: number } {
  const { trayBounds: tray, windowSize: size, workArea: area } = input;
  const margin = input.margin ?? 4;
  if (!tray || (tray.width <= 0 && tray.height <= 0)) {
    return clamp(area.x + (area.width - size.width) / 2, area.y + (area.height - size.height) / 2, size, area);
  }
  const centerX = tray.x + tray.width / 2;
  const centerY = tray.y + tray.height / 2;
  // A taskbar on the left or right leaves the tray outside the work area's width.
  if (input.platform !== 'darwin' && centerX < area.x) {
    return clamp(area.x + margin, centerY - size.height / 2, size, area);
  }
  if (input.platform !== 'darwin' && centerX > area.x + area.width) {
    return clamp(area.x + area.width - size.width - margin, centerY - size.height / 2, size, area);
  }
  const trayAtTop = input.platform === 'darwin' || centerY < area.y + area.height / 2;
  const y = trayAtTop ? tray.y + tray.height + margin : tray.y - size.height - margin;
  return clamp(centerX - size.width / 2, y, size, area);
}

function clamp(x: number, y: number, size: { width: number; height: number }, area: Rect): { x: number; y: number } {
  const maxX = area.x + Math.max(0, area.width - size.width);
  const maxY = area.y + Math.max(0, area.height - size.height);
  return { x: Math.round(Math.min(Math.max(x, area.x), maxX)), y: Math.round(Math.min(Math.max(y, area.y), maxY)) };
}
