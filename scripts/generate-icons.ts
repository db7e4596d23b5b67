// Generates the one source image electron-builder derives every app icon from (build/icon.png,
// 512×512): the tray glyph in white on a Feishu-blue rounded square. Run: npx tsx scripts/generate-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { createCanvas, drawBitmap, setPixel } from '../shared/badge/pixel-canvas';
import type { PixelCanvas, Rgba } from '../shared/badge/pixel-canvas';
import { encodePng } from '../shared/badge/png-encoder';
import { APP_ICON_GLYPH } from '../shared/badge/tray-glyph';

const SIZE = 512;
const CORNER = 112;
const CELL = 24; // one glyph pixel becomes a 24×24 block
const BLUE: Rgba = [51, 112, 255, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [245, 74, 69, 255];

export function renderAppIcon(): PixelCanvas {
  const canvas = createCanvas(SIZE, SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) if (insideRoundedSquare(x, y)) setPixel(canvas, x, y, BLUE);
  }
  // The glyph occupies columns 1–14 and rows 2–11 of its 16×16 grid: centre that box.
  const big = APP_ICON_GLYPH.map((row) => [...row].map((cell) => cell.repeat(CELL)).join('')).flatMap((row) => Array(CELL).fill(row));
  drawBitmap(canvas, big, (SIZE - 14 * CELL) / 2 - CELL, (SIZE - 10 * CELL) / 2 - 2 * CELL, WHITE);
  fillCircle(canvas, SIZE - 136, 136, 64, RED);
  return canvas;
}

function insideRoundedSquare(x: number, y: number): boolean {
  const dx = Math.max(CORNER - x - 0.5, x + 0.5 - (SIZE - CORNER), 0);
  const dy = Math.max(CORNER - y - 0.5, y + 0.5 - (SIZE - CORNER), 0);
  return dx * dx + dy * dy <= CORNER * CORNER;
}

function fillCircle(canvas: PixelCanvas, cx: number, cy: number, r: number, color: Rgba): void {
  for (let y = cy - r; y <= cy + r; y++) {
    for (let x = cx - r; x <= cx + r; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) setPixel(canvas, x, y, color);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL('../build/', import.meta.url));
  mkdirSync(out, { recursive: true });
  const icon = renderAppIcon();
  writeFileSync(`${out}icon.png`, encodePng(icon.width, icon.height, icon.rgba, { zlib: (data) => deflateSync(data, { level: 9 }) }));
  console.log(`wrote ${out}icon.png (${icon.width}×${icon.height})`);
}
