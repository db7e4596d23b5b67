// A 3×5 bitmap font for the badge: digits and '+'. Hand-drawn so every stroke lands on a whole
// pixel; an anti-aliased system font would blur at 16 px.

export const GLYPH_WIDTH = 3;
export const GLYPH_HEIGHT = 5;
/** Blank columns between two glyphs. */
export const GLYPH_SPACING = 1;

const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  '0': ['###', '#.#', '#.#', '#.#', '###'],
  '1': ['.#.', '##.', '.#.', '.#.', '###'],
  '2': ['###', '..#', '###', '#..', '###'],
  '3': ['###', '..#', '###', '..#', '###'],
  '4': ['#.#', '#.#', '###', '..#', '..#'],
  '5': ['###', '#..', '###', '..#', '###'],
  '6': ['###', '#..', '###', '#.#', '###'],
  '7': ['###', '..#', '..#', '.#.', '.#.'],
  '8': ['###', '#.#', '###', '#.#', '###'],
  '9': ['###', '#.#', '###', '..#', '###'],
  '+': ['...', '.#.', '###', '.#.', '...'],
};

/** Rows of '#'/'.' for one character; throws for characters the badge never shows. */
export function glyphRows(char: string): readonly string[] {
  const rows = GLYPHS[char];
  if (!rows) throw new Error(`pixel font has no glyph for ${JSON.stringify(char)}`);
  return rows;
}

/** Width in pixels of `text` drawn with this font. */
export function textWidth(text: string): number {
  return text.length === 0 ? 0 : text.length * GLYPH_WIDTH + (text.length - 1) * GLYPH_SPACING;
}
