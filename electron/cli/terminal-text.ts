// Text from the network is printed to a terminal: strip control characters (an ESC in a task
// title or an error message could rewrite the screen) and the invisible marks that reorder or hide
// text, and measure width the way terminals do (CJK takes two columns).

// C0 and C1 controls and DEL become a space (they often stand between words). Matching control
// characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates, the Arabic letter mark, zero-width spaces and joiners
// and the LRM/RLM marks: they take no room, so they are removed (they can disguise "evil.com" as
// "moc.live" or hide a word).
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, ' ').replace(INVISIBLE, '');
}

/** Each line of a multi-line message made terminal-safe; the line breaks themselves are kept. */
export function terminalSafeLines(text: string): string {
  return text.split('\n').map(terminalSafe).join('\n');
}

function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/** Cut to at most `width` columns (with … when cut), then pad with spaces to exactly `width`. */
export function fitColumn(text: string, width: number): string {
  let out = '';
  let used = 0;
  const full = displayWidth(text);
  const room = full > width ? width - 1 : width;
  for (const char of text) {
    const w = isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
    if (used + w > room) break;
    out += char;
    used += w;
  }
  if (full > width) {
    out += '…';
    used += 1;
  }
  return out + ' '.repeat(Math.max(0, width - used));
}
