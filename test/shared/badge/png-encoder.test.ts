import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, crc32, encodePng } from '../../../shared/badge/png-encoder';
import { decodePng } from './decode-png';

function gradient(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < rgba.length; i++) rgba[i] = (i * 7 + (i >> 5)) & 0xff;
  return rgba;
}

describe('encodePng', () => {
  it('round-trips a small image through an independent decoder', () => {
    const rgba = gradient(3, 2);
    const png = decodePng(encodePng(3, 2, rgba));
    expect(png).toMatchObject({ width: 3, height: 2, chunkTypes: ['IHDR', 'IDAT', 'IEND'] });
    expect(Array.from(png.rgba)).toEqual(Array.from(rgba));
  });

  it('splits data over 64 KiB into several stored blocks that zlib still inflates', () => {
    const rgba = gradient(300, 120); // 144,120 bytes of scanlines: three stored blocks
    const png = decodePng(encodePng(300, 120, rgba));
    expect(Buffer.from(png.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('uses an injected zlib compressor when given one', () => {
    const rgba = new Uint8Array(64 * 64 * 4).fill(7);
    const stored = encodePng(64, 64, rgba);
    const compressed = encodePng(64, 64, rgba, { zlib: (data) => deflateSync(data) });
    expect(compressed.length).toBeLessThan(stored.length / 10);
    expect(Buffer.from(decodePng(compressed).rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('matches the published CRC-32 and Adler-32 check values', () => {
    const ascii = new TextEncoder().encode('123456789');
    expect(crc32(ascii)).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
  });

  it('refuses a buffer that does not match the size, saying what it expected', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/expected 16 RGBA bytes/);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/positive whole pixels/);
  });
});
