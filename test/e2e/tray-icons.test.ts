import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBadgeIcon } from '../../shared/badge/badge-icon';
import { ICON_SIZES } from '../../shared/badge/tray-glyph';
import { encodePng } from '../../shared/badge/png-encoder';
import type { PollerStatus } from '../../shared/poller/poller-status';
import { presentTray } from '../../shared/tray/tray-presentation';
import type { TrayInput } from '../../shared/tray/tray-presentation';

// A contact sheet of the tray icon in every state the tray can be in, as presentTray decides it,
// at 16 px (macOS, Windows) and 24 px (Linux), 1× and 2×, blown up ×4 nearest-neighbour on a
// light and a dark strip: test/e2e/screenshots/tray-icons.png, to look at, not to compare.
// Rows, top to bottom, are the STATES below; columns: light strip 16@1×, 16@2×, 24@1×, 24@2×,
// then the same on the dark strip.

const NOW = Date.UTC(2026, 11, 2, 9, 0);
const idle: PollerStatus = { kind: 'idle', lastSuccessAt: NOW };
const base: TrayInput = {
  poller: idle,
  todoCount: { total: 0, capped: false },
  newestTodo: [],
  newCount: 0,
  account: { configured: true, needsSignIn: false },
  demo: false,
  now: NOW,
  utcOffsetMinutes: 480,
  locale: 'en',
};
const todo = (total: number) => ({ total, capped: false });

export const STATES: readonly [name: string, input: TrayInput][] = [
  ['no account', { ...base, account: { configured: false, needsSignIn: false }, todoCount: null, poller: { kind: 'idle', lastSuccessAt: null } }],
  ['demo', { ...base, demo: true, todoCount: todo(12) }],
  ['0', base],
  ['1 (new)', { ...base, todoCount: todo(1), newCount: 1 }],
  ['9', { ...base, todoCount: todo(9) }],
  ['42 (new)', { ...base, todoCount: todo(42), newCount: 3 }],
  ['99+', { ...base, todoCount: todo(150) }],
  ['paused', { ...base, todoCount: todo(7), poller: { kind: 'paused', lastSuccessAt: NOW, until: null } }],
  ['error', { ...base, todoCount: todo(7), poller: { kind: 'stopped', lastSuccessAt: NOW, reason: 'permission', message: 'no permission' } }],
  ['quota', { ...base, todoCount: todo(42), poller: { kind: 'stopped', lastSuccessAt: NOW, reason: 'quota-exhausted', message: 'quota', resumeAt: NOW + 86_400_000 } }],
  ['sign-in needed', { ...base, account: { configured: true, needsSignIn: true }, todoCount: todo(42) }],
];

const ZOOM = 4;
const GAP = 12;
const STRIPS = [
  [246, 247, 249],
  [31, 35, 41],
] as const;
const VARIANTS = ICON_SIZES.flatMap((size) => ([1, 2] as const).map((scale) => ({ size, scale })));
const CELL = Math.max(...VARIANTS.map((v) => v.size * v.scale)) * ZOOM;
const STRIP_WIDTH = VARIANTS.reduce((sum, v) => sum + v.size * v.scale * ZOOM + GAP, GAP);

describe('tray icon pictures', () => {
  it('writes every state at 16 and 24 px, 1× and 2×, on light and dark, to tray-icons.png', async () => {
    const width = STRIP_WIDTH * STRIPS.length;
    const height = STATES.length * (CELL + GAP) + GAP;
    const sheet = new Uint8Array(width * height * 4);
    STRIPS.forEach(([r, g, b], strip) => {
      for (let y = 0; y < height; y++) {
        for (let x = strip * STRIP_WIDTH; x < (strip + 1) * STRIP_WIDTH; x++) sheet.set([r, g, b, 255], (y * width + x) * 4);
      }
    });
    const drawn = new Set<string>();
    STATES.forEach(([, input], row) => {
      const { iconState, badgeCount } = presentTray(input);
      drawn.add(`${iconState}:${badgeCount}`);
      STRIPS.forEach((_, strip) => {
        let left = strip * STRIP_WIDTH + GAP;
        for (const { size, scale } of VARIANTS) {
          const icon = renderBadgeIcon(badgeCount, scale, { state: iconState, size });
          const top = GAP + row * (CELL + GAP);
          for (let y = 0; y < icon.height * ZOOM; y++) {
            for (let x = 0; x < icon.width * ZOOM; x++) {
              const from = (Math.floor(y / ZOOM) * icon.width + Math.floor(x / ZOOM)) * 4;
              if (icon.rgba[from + 3] === 0) continue;
              sheet.set(icon.rgba.subarray(from, from + 4), ((top + y) * width + left + x) * 4);
            }
          }
          left += icon.width * ZOOM + GAP;
        }
      });
    });
    // Each state is a different picture, except "no account" and "sign-in needed": both ask the
    // user to sign in, and a count that may be stale is not shown then.
    expect(drawn.size).toBe(STATES.length - 1);
    const path = join(import.meta.dirname, 'screenshots', 'tray-icons.png');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, encodePng(width, height, sheet));
  });
});
