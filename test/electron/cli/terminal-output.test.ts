import { describe, expect, it } from 'vitest';
import { jsonLine } from '../../../electron/cli/json-line';
import { terminalSafe, terminalSafeLines } from '../../../electron/cli/terminal-text';

// Every code point the terminal filter must act on, and what --json must escape.
const CONTROLS = [...Array.from({ length: 0x20 }, (_, i) => i), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)];
const INVISIBLE = [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x061c];
const text = (codes: number[]) => String.fromCodePoint(...codes);

describe('terminalSafe', () => {
  it('turns every C0/C1 control and DEL into a space and removes bidi and zero-width marks', () => {
    expect(terminalSafe(`a${text(CONTROLS)}b`)).toBe(`a${' '.repeat(CONTROLS.length)}b`);
    expect(terminalSafe(`a${text(INVISIBLE)}b`)).toBe('ab');
    expect(terminalSafe('审批 — Ünïcode ✓')).toBe('审批 — Ünïcode ✓');
  });

  it('terminalSafeLines keeps the line breaks and filters each line', () => {
    expect(terminalSafeLines('one\u202e\ntwo\u001b[2J')).toBe('one\ntwo [2J');
  });
});

describe('jsonLine', () => {
  it('escapes C1 controls, DEL and bidi/zero-width marks as \\uXXXX and round-trips exactly', () => {
    const value = { title: `x${text([...CONTROLS, ...INVISIBLE, 0x2028, 0x2029])}审批`, nested: [text([0x85, 0x9b])] };
    const line = jsonLine(value);
    // eslint-disable-next-line no-control-regex -- the control characters are what is checked
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u2028\u2029]/);
    expect(line).toContain('\\u0085\\u009b');
    expect(line).toContain('\\u202e');
    expect(terminalSafeLines(line)).toBe(line);
    expect(JSON.parse(line)).toEqual(value);
  });
});
