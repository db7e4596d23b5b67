import type { IconState } from './icon-state';

// The base picture (an inbox tray), one per icon size, and a 5×5 mark per state drawn in the
// top-right corner. The number badge sits in the bottom-right corner, so each glyph keeps to the
// upper left: at 16 px it stays readable under a two-digit or "99+" badge (the badge hides at most
// 40% of it; test/shared/badge/badge-icon.test.ts measures it at every count).

export const ICON_SIZES = [16, 24] as const;
export type IconSize = (typeof ICON_SIZES)[number];

const GLYPH_16: readonly string[] = [
  '................',
  '................',
  '.###########....',
  '.#.........#....',
  '.#.........#....',
  '.#.........#....',
  '.###.....###....',
  '.#..#...#..#....',
  '.#...###...#....',
  '.#.........#....',
  '.###########....',
  '................',
  '................',
  '................',
  '................',
  '................',
];

/** For Linux trays, which show 22–24 px icons: the same tray, larger; the badge hides a corner only. */
const GLYPH_24: readonly string[] = [
  '........................',
  '........................',
  '.##################.....',
  '.#................#.....',
  '.#................#.....',
  '.#................#.....',
  '.#................#.....',
  '.#................#.....',
  '.#................#.....',
  '.#................#.....',
  '.######......######.....',
  '.#.....#....#.....#.....',
  '.#......####......#.....',
  '.#................#.....',
  '.#................#.....',
  '.#................#.....',
  '.#................#.....',
  '.##################.....',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
];

/**
 * The app icon's picture (build/icon.png, scripts/generate-icons.ts): the tray centred, with no
 * badge to make room for, so it keeps the full width.
 */
export const APP_ICON_GLYPH: readonly string[] = [
  '................',
  '................',
  '...##########...',
  '...#........#...',
  '..#..........#..',
  '..#..........#..',
  '.#............#.',
  '.####......####.',
  '.#...#....#...#.',
  '.#....####....#.',
  '.#............#.',
  '.##############.',
  '................',
  '................',
  '................',
  '................',
];

export const TRAY_GLYPHS: Readonly<Record<IconSize, readonly string[]>> = { 16: GLYPH_16, 24: GLYPH_24 };

/** A distinct shape per state, so states differ even in a one-colour (template) image. */
export const STATE_MARKS: Readonly<Record<IconState, readonly string[] | null>> = {
  ok: null,
  new: ['.###.', '#####', '#####', '#####', '.###.'],
  updating: ['.....', '.....', '#.#.#', '.....', '.....'],
  offline: ['#...#', '.#.#.', '..#..', '.#.#.', '#...#'],
  signin: ['.###.', '#...#', '..##.', '.....', '..#..'],
  paused: ['##.##', '##.##', '##.##', '##.##', '##.##'],
  error: ['..#..', '..#..', '..#..', '.....', '..#..'],
};
