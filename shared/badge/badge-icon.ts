import { badgeLabel } from './badge-label';
import type { IconState } from './icon-state';
import { GLYPH_HEIGHT, GLYPH_SPACING, GLYPH_WIDTH, glyphRows, textWidth } from './pixel-font';
import { TRANSPARENT, createCanvas, drawBitmap, fillRect, setPixel, upscale } from './pixel-canvas';
import type { PixelCanvas, Rgba } from './pixel-canvas';
import { STATE_MARKS, TRAY_GLYPHS } from './tray-glyph';
import type { IconSize } from './tray-glyph';

// The tray icon with its number badge, drawn on a 16×16 grid (24×24 for Linux trays) and scaled
// by whole pixels for 2×. The badge is a pill in the bottom-right corner; the glyph keeps clear
// of most of it (tray-glyph.ts).

export type { IconSize } from './tray-glyph';
export const ICON_SIZE = 16;
const BADGE_HEIGHT = GLYPH_HEIGHT + 2;
const MIN_BADGE_WIDTH = GLYPH_WIDTH + 4;
const MARK_SIZE = 5;

export interface BadgeIconOptions {
  state: IconState;
  /** macOS template image: black plus alpha only; the OS tints it for light and dark menu bars. */
  template?: boolean;
  /** The grid: 16 (macOS, Windows) or 24 (Linux trays). Default 16. */
  size?: IconSize;
}

export interface BadgeIconImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const BLACK: Rgba = [0, 0, 0, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const BADGE_RED: Rgba = [245, 74, 69, 255];
const BLUE: Rgba = [51, 112, 255, 255];
/** Mid grey: about 3.5:1 against a light panel and 4:1 against a dark one. */
const GREY: Rgba = [128, 134, 144, 255];
/** [tray outline, state mark]: trouble greys the tray and colours only the mark. */
const STATE_COLORS: Readonly<Record<IconState, readonly [Rgba, Rgba]>> = {
  ok: [BLUE, BLUE],
  new: [BLUE, BLUE],
  updating: [BLUE, BLUE],
  offline: [GREY, GREY],
  paused: [GREY, GREY],
  signin: [GREY, [255, 136, 0, 255]],
  error: [GREY, BADGE_RED],
};

export function renderBadgeIcon(count: number, scale: 1 | 2, options: BadgeIconOptions): BadgeIconImage {
  const size = options.size ?? ICON_SIZE;
  const canvas = createCanvas(size, size);
  const template = options.template === true;
  const [glyphColor, markColor] = template ? [BLACK, BLACK] : STATE_COLORS[options.state];
  drawBitmap(canvas, TRAY_GLYPHS[size], 0, 0, glyphColor);
  drawStateMark(canvas, options.state, markColor);
  const label = badgeLabel(count);
  if (label) drawBadge(canvas, label, template);
  const scaled = upscale(canvas, scale);
  return { width: scaled.width, height: scaled.height, rgba: scaled.rgba };
}

function drawStateMark(canvas: PixelCanvas, state: IconState, color: Rgba): void {
  const mark = STATE_MARKS[state];
  if (!mark) return;
  const x = canvas.width - MARK_SIZE;
  // A transparent ring keeps the mark readable where it overlaps the tray outline.
  fillRect(canvas, x - 1, 0, MARK_SIZE + 1, MARK_SIZE + 1, TRANSPARENT);
  drawBitmap(canvas, mark, x, 0, color);
}

function drawBadge(canvas: PixelCanvas, label: string, template: boolean): void {
  // "99+" drops the right padding (the '+' has blank corners of its own): one column less of
  // the glyph hidden at 16 px.
  const width = Math.max(MIN_BADGE_WIDTH, textWidth(label) + (label.length > 2 ? 1 : 2));
  const x = canvas.width - width;
  const y = canvas.height - BADGE_HEIGHT;
  fillRect(canvas, x - 1, y - 1, width + 1, BADGE_HEIGHT + 1, TRANSPARENT);
  fillRect(canvas, x, y, width, BADGE_HEIGHT, template ? BLACK : BADGE_RED);
  // Clipped corners read as a rounded pill at this size.
  for (const [cx, cy] of [[x, y], [x + width - 1, y], [x, y + BADGE_HEIGHT - 1], [x + width - 1, y + BADGE_HEIGHT - 1]] as const) {
    setPixel(canvas, cx, cy, TRANSPARENT);
  }
  // In a template image the digits are cut out of the pill, since only alpha carries meaning.
  const ink = template ? TRANSPARENT : WHITE;
  let textX = x + Math.ceil((width - textWidth(label)) / 2);
  for (const char of label) {
    drawBitmap(canvas, glyphRows(char), textX, y + 1, ink);
    textX += GLYPH_WIDTH + GLYPH_SPACING;
  }
}
