import type { IconState } from './icon-state';

// The 16×16 base picture (an inbox tray) and a 5×5 mark per state, drawn in the top-right corner.

export const TRAY_GLYPH: readonly string[] = [
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
