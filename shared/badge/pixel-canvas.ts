// A tiny RGBA canvas with whole-pixel operations only: what the tray needs to stay crisp.

export type Rgba = readonly [r: number, g: number, b: number, a: number];
export const TRANSPARENT: Rgba = [0, 0, 0, 0];

export interface PixelCanvas {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

export function createCanvas(width: number, height: number): PixelCanvas {
  return { width, height, rgba: new Uint8Array(width * height * 4) };
}

/** Sets one pixel; coordinates outside the canvas are ignored so shapes may touch the edge. */
export function setPixel(canvas: PixelCanvas, x: number, y: number, color: Rgba): void {
  if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return;
  canvas.rgba.set(color, (y * canvas.width + x) * 4);
}

export function fillRect(canvas: PixelCanvas, x: number, y: number, w: number, h: number, color: Rgba): void {
  for (let row = y; row < y + h; row++) {
    for (let col = x; col < x + w; col++) setPixel(canvas, col, row, color);
  }
}

/** Draws '#' cells of a bitmap (rows of '#'/'.') at (x, y). */
export function drawBitmap(canvas: PixelCanvas, rows: readonly string[], x: number, y: number, color: Rgba): void {
  rows.forEach((line, row) => {
    for (let col = 0; col < line.length; col++) {
      if (line[col] === '#') setPixel(canvas, x + col, y + row, color);
    }
  });
}

/** Nearest-neighbour upscale by a whole factor: every pixel becomes a factor×factor block. */
export function upscale(canvas: PixelCanvas, factor: number): PixelCanvas {
  if (factor === 1) return canvas;
  const out = createCanvas(canvas.width * factor, canvas.height * factor);
  for (let y = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++) {
      const from = (Math.floor(y / factor) * canvas.width + Math.floor(x / factor)) * 4;
      out.rgba.set(canvas.rgba.subarray(from, from + 4), (y * out.width + x) * 4);
    }
  }
  return out;
}
