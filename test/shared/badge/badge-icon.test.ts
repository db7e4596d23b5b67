import { describe, expect, it } from 'vitest';
import { renderBadgeIcon } from '../../../shared/badge/badge-icon';
import { badgeLabel } from '../../../shared/badge/badge-label';
import { ICON_STATES } from '../../../shared/badge/icon-state';
import { ICON_SIZES, TRAY_GLYPHS } from '../../../shared/badge/tray-glyph';
import type { IconSize } from '../../../shared/badge/tray-glyph';
import type { IconState } from '../../../shared/badge/icon-state';
import { encodePng } from '../../../shared/badge/png-encoder';
import { decodePng, pixelAt } from './decode-png';
import type { DecodedPng } from './decode-png';

// Every assertion reads pixels back from the encoded PNG, as main would hand it to nativeImage.
function icon(count: number, scale: 1 | 2 = 1, state: IconState = 'ok', template = false): DecodedPng {
  const img = renderBadgeIcon(count, scale, { state, template });
  return decodePng(encodePng(img.width, img.height, img.rgba));
}

const isBadgeRed = ([r, g, b, a]: number[]) => r === 245 && g === 74 && b === 69 && a === 255;
const isWhite = ([r, g, b, a]: number[]) => r === 255 && g === 255 && b === 255 && a === 255;

/** Columns (x) that hold any badge-red pixel in the bottom rows where the badge sits. */
function badgeColumns(img: DecodedPng): number[] {
  const cols: number[] = [];
  for (let x = 0; x < img.width; x++) {
    for (let y = img.height / 2; y < img.height; y++) {
      if (isBadgeRed(pixelAt(img, x, y))) {
        cols.push(x);
        break;
      }
    }
  }
  return cols;
}

/** The digits as a '#'/'.' picture of the white pixels. */
function digitArt(img: DecodedPng): string {
  const rows: string[] = [];
  for (let y = 0; y < img.height; y++) {
    let row = '';
    for (let x = 0; x < img.width; x++) row += isWhite(pixelAt(img, x, y)) ? '#' : '.';
    rows.push(row);
  }
  return rows.join('\n');
}

describe('badgeLabel', () => {
  it.each([
    [0, ''], [-3, ''], [Number.NaN, ''], [1, '1'], [9, '9'], [10, '10'], [99, '99'], [100, '99+'], [999, '99+'], [12.7, '12'],
  ])('%s → %j', (count, label) => expect(badgeLabel(count)).toBe(label));
});

describe('renderBadgeIcon', () => {
  it('is 16×16 at 1× and 32×32 at 2×', () => {
    expect([icon(5, 1).width, icon(5, 1).height]).toEqual([16, 16]);
    expect([icon(5, 2).width, icon(5, 2).height]).toEqual([32, 32]);
  });

  it('shows no badge at 0 and a badge with white digits from 1 on', () => {
    expect(badgeColumns(icon(0))).toEqual([]);
    expect(digitArt(icon(0))).not.toContain('#');
    for (const count of [1, 9, 10, 99, 100, 999]) {
      expect(badgeColumns(icon(count)).length, `count ${count}`).toBeGreaterThan(0);
      expect(digitArt(icon(count)), `count ${count}`).toContain('#');
    }
  });

  it('draws different digits for different counts', () => {
    const arts = [1, 9, 10, 99, 100].map((count) => digitArt(icon(count)));
    expect(new Set(arts).size).toBe(5);
  });

  it('widens the badge leftwards for two digits and more for 99+', () => {
    const widths = [9, 10, 99, 100].map((count) => badgeColumns(icon(count)).length);
    expect(widths[0]).toBeLessThan(widths[1]!);
    expect(widths[1]).toBe(widths[2]);
    expect(widths[2]).toBeLessThan(widths[3]!);
    expect(Math.max(...badgeColumns(icon(100)))).toBe(14 + 1); // flush with the right edge
  });

  it('draws 100 and 999 identically as 99+', () => {
    expect(Buffer.from(icon(100).rgba).equals(Buffer.from(icon(999).rgba))).toBe(true);
    expect(Buffer.from(icon(99).rgba).equals(Buffer.from(icon(100).rgba))).toBe(false);
  });

  it('draws the 9 glyph in the 1-digit badge where 10 draws 1 and 0', () => {
    // White columns of the digit area: 9 is one 3-wide glyph, 10 two glyphs with a gap.
    const whiteColumns = (img: DecodedPng) =>
      [...Array(img.width).keys()].filter((x) => [...Array(img.height).keys()].some((y) => isWhite(pixelAt(img, x, y))));
    expect(whiteColumns(icon(9))).toEqual([11, 12, 13]);
    expect(whiteColumns(icon(10))).toEqual([8, 9, 10, 12, 13, 14]);
  });

  it('is crisp: alpha is only 0 or 255, and 2× is 1× with each pixel doubled', () => {
    for (const count of [0, 1, 10, 100]) {
      const small = icon(count, 1);
      const big = icon(count, 2);
      for (let i = 3; i < small.rgba.length; i += 4) expect([0, 255]).toContain(small.rgba[i]);
      for (let y = 0; y < 32; y++) {
        for (let x = 0; x < 32; x++) {
          expect(pixelAt(big, x, y)).toEqual(pixelAt(small, x >> 1, y >> 1));
        }
      }
    }
  });

  it('makes template images from black and alpha only, digits cut out of the pill', () => {
    const img = icon(10, 2, 'new', true);
    for (let i = 0; i < img.rgba.length; i += 4) {
      expect([img.rgba[i], img.rgba[i + 1], img.rgba[i + 2]]).toEqual([0, 0, 0]);
    }
    // The centre of the '0' in "10" is a hole framed by opaque pixels (1× x=13, y=12 → 2× 26, 24).
    const oneX = icon(10, 1, 'new', true);
    expect(pixelAt(oneX, 13, 12)[3]).toBe(255);
    expect(pixelAt(oneX, 12, 12)[3]).toBe(0);
  });

  it('gives every state its own picture, in colour and in template form', () => {
    for (const template of [false, true]) {
      const pictures = ICON_STATES.map((state) => Buffer.from(icon(3, 1, state, template).rgba).toString('hex'));
      expect(new Set(pictures).size).toBe(ICON_STATES.length);
    }
  });
});

describe('the glyph stays legible under the badge', () => {
  /** The share of the glyph's own pixels that the badge (and its clear ring) hides. */
  function hiddenShare(count: number, size: IconSize, state: IconState): number {
    const bare = renderBadgeIcon(0, 1, { state, size }).rgba;
    const badged = renderBadgeIcon(count, 1, { state, size }).rgba;
    let glyph = 0;
    let hidden = 0;
    TRAY_GLYPHS[size].forEach((line, y) => {
      for (let x = 0; x < line.length; x++) {
        if (line[x] !== '#') continue;
        const at = (y * size + x) * 4;
        if (bare[at + 3] === 0) continue; // under the state mark, not the badge
        glyph++;
        if (bare.subarray(at, at + 4).some((value, i) => value !== badged[at + i])) hidden++;
      }
    });
    return hidden / glyph;
  }

  it.each(ICON_SIZES)('at %i px the badge hides at most 40%% of the glyph at any count and state', (size) => {
    for (const count of [1, 9, 10, 42, 99, 100, 4321]) {
      for (const state of ICON_STATES) expect(hiddenShare(count, size, state), `${count} ${state}`).toBeLessThanOrEqual(MAX_HIDDEN_SHARE);
    }
  });

  it('hides some of the 16 px glyph under "99+" (so the measure can fail), less of the 24 px one', () => {
    expect(hiddenShare(100, 16, 'ok')).toBeGreaterThan(0.2);
    expect(hiddenShare(100, 24, 'ok')).toBeLessThan(0.15);
  });
});

const MAX_HIDDEN_SHARE = 0.4;
