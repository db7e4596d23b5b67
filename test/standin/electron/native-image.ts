import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { AddRepresentationOptions, CreateFromBufferOptions, NativeImage, ResizeOptions, Size } from 'electron';
import { encodePng } from '../../../shared/badge/png-encoder';
import { decodePng } from '../../shared/badge/decode-png';

// nativeImage over PNG bytes: one PNG per scale factor. Enough for tray icons, overlays and
// notification icons; it does not decode JPEG or scale with Skia's filters (resize is nearest
// neighbour, and only for the 8-bit RGBA PNGs the app draws).

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export class StandinNativeImage implements Pick<NativeImage, 'toPNG' | 'toDataURL' | 'getSize' | 'isEmpty' | 'addRepresentation' | 'setTemplateImage' | 'isTemplateImage' | 'getScaleFactors' | 'getAspectRatio'> {
  private readonly pngs = new Map<number, Buffer>();
  private template = false;

  addRepresentation(options: AddRepresentationOptions): void {
    const scale = options.scaleFactor ?? 1;
    if (options.buffer) this.pngs.set(scale, toPng(options.buffer, options.width, options.height));
    else if (options.dataURL) this.pngs.set(scale, fromDataUrl(options.dataURL));
  }
  toPNG(options?: { scaleFactor?: number }): Buffer {
    return this.pick(options?.scaleFactor ?? 1) ?? Buffer.alloc(0);
  }
  toDataURL(options?: { scaleFactor?: number }): string {
    return `data:image/png;base64,${this.toPNG(options).toString('base64')}`;
  }
  getSize(scaleFactor = 1): Size {
    const png = this.pngs.get(scaleFactor) ?? this.pngs.get(1) ?? [...this.pngs.values()][0];
    if (!png) return { width: 0, height: 0 };
    const scale = this.pngs.has(scaleFactor) ? 1 : 1 / scaleFactor;
    return { width: Math.round(png.readUInt32BE(16) * scale), height: Math.round(png.readUInt32BE(20) * scale) };
  }
  getAspectRatio(): number {
    const { width, height } = this.getSize();
    return height ? width / height : 1;
  }
  isEmpty(): boolean {
    return this.pngs.size === 0;
  }
  getScaleFactors(): number[] {
    return [...this.pngs.keys()].sort();
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
  resize(options: ResizeOptions): StandinNativeImage {
    const source = decodePng(this.toPNG());
    const width = options.width ?? Math.round(((options.height ?? source.height) * source.width) / source.height);
    const height = options.height ?? Math.round((width * source.height) / source.width);
    const rgba = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const from = (Math.floor((y * source.height) / height) * source.width + Math.floor((x * source.width) / width)) * 4;
        rgba.set(source.rgba.subarray(from, from + 4), (y * width + x) * 4);
      }
    const resized = new StandinNativeImage();
    resized.pngs.set(1, Buffer.from(encodePng(width, height, rgba, { zlib: deflateSync })));
    return resized;
  }
  private pick(scale: number): Buffer | undefined {
    return this.pngs.get(scale) ?? this.pngs.get(1) ?? [...this.pngs.values()][0];
  }
}

/** PNG bytes as given, or raw BGRA/RGBA of the given size (Electron's bitmap input) encoded as PNG. */
function toPng(buffer: Buffer, width?: number, height?: number): Buffer {
  if (buffer.subarray(0, 8).equals(PNG_SIGNATURE)) return Buffer.from(buffer);
  if (width && height && buffer.length === width * height * 4) return Buffer.from(encodePng(width, height, bgraToRgba(buffer), { zlib: deflateSync }));
  throw new Error('electron stand-in: nativeImage takes PNG bytes (or a raw bitmap with width and height)');
}

function bgraToRgba(bgra: Buffer): Uint8Array {
  const rgba = new Uint8Array(bgra.length);
  for (let i = 0; i < bgra.length; i += 4) rgba.set([bgra[i + 2]!, bgra[i + 1]!, bgra[i]!, bgra[i + 3]!], i);
  return rgba;
}

function fromDataUrl(url: string): Buffer {
  const match = /^data:image\/png;base64,(.*)$/s.exec(url);
  if (!match) throw new Error('electron stand-in: only PNG data URLs are supported');
  return Buffer.from(match[1]!, 'base64');
}

export const nativeImage = {
  createEmpty: () => new StandinNativeImage(),
  createFromBuffer(buffer: Buffer, options: CreateFromBufferOptions = {}): StandinNativeImage {
    const image = new StandinNativeImage();
    image.addRepresentation({ buffer, scaleFactor: options.scaleFactor ?? 1, width: options.width, height: options.height });
    return image;
  },
  createFromDataURL(url: string): StandinNativeImage {
    const image = new StandinNativeImage();
    image.addRepresentation({ dataURL: url, scaleFactor: 1 });
    return image;
  },
  createFromPath(path: string): StandinNativeImage {
    try {
      return nativeImage.createFromBuffer(readFileSync(path));
    } catch {
      return new StandinNativeImage();
    }
  },
};
