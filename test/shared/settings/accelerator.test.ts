import { describe, expect, it } from 'vitest';
import { acceleratorProblem, isAccelerator } from '../../../shared/settings/accelerator';
import { SettingsSchema } from '../../../shared/settings/settings';

describe('the global shortcut setting', () => {
  it.each(['CommandOrControl+Shift+A', 'Ctrl+Alt+T', 'Alt+Space', 'Super+F12', 'Cmd+Plus', 'Control+Shift+/', 'Option+num5'])('accepts %s', (text) => {
    expect(acceleratorProblem(text)).toBeNull();
  });

  it.each([
    ['', /Type a shortcut/],
    ['A', /Add Ctrl, Alt or Command/],
    ['Shift+A', /Add Ctrl, Alt or Command/],
    ['Ctrl+Shift', /not a key/],
    ['Ctrl + A', /no spaces/],
    ['Ctrl++', /Plus/],
    ['Hyper+A', /not a modifier/],
    ['Ctrl+Ctrl+A', /twice/],
    ['Ctrl+F25', /not a key/],
    [`Ctrl+${'A'.repeat(200)}`, /Type a shortcut/],
  ])('refuses %j with a message that says why', (text, message) => {
    expect(acceleratorProblem(text)).toMatch(message);
    expect(isAccelerator(text)).toBe(false);
  });

  it('is off by default, and the settings schema refuses a bad one', () => {
    expect(SettingsSchema.parse({}).globalShortcut).toBeNull();
    expect(SettingsSchema.parse({ globalShortcut: 'Alt+Space' }).globalShortcut).toBe('Alt+Space');
    expect(() => SettingsSchema.parse({ globalShortcut: 'Shift+A' })).toThrow(/shortcut/);
  });
});
