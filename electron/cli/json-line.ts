// `--json` output: one JSON document per line that a terminal shows as it is. JSON.stringify
// already escapes C0 controls; DEL and the C1 controls (U+007F–U+009F, which some terminals obey
// as escape sequences), bidi and zero-width marks and the line/paragraph separators are escaped
// here as \uXXXX. They can only occur inside JSON strings, where that escape is valid, so the
// document parses to exactly the same value (and the terminal filter finds nothing to change).

const ESCAPED = /[\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(ESCAPED, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
