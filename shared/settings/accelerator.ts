// The optional global shortcut that shows and hides the window, as an Electron accelerator
// ("CommandOrControl+Shift+A"). Checked here, before it reaches globalShortcut.register, so a typo
// gets a clear message instead of an exception from Electron. It needs a modifier other than
// Shift alone: a bare key (or Shift+key) would be taken from every other app's typing.

const MODIFIERS = new Set(['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta']);

const NAMED_KEYS = new Set([
  'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter',
  'up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc', 'printscreen',
  'volumeup', 'volumedown', 'volumemute', 'medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause',
  'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9', 'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]);

export const MAX_ACCELERATOR_LENGTH = 100;

function isKey(part: string): boolean {
  const lower = part.toLowerCase();
  if (/^[a-z0-9]$/.test(lower)) return true;
  if (/^f([1-9]|1\d|2[0-4])$/.test(lower)) return true;
  if (/^[)!@#$%^&*(:;<>=_\-`~,.?/|\\[\]{}'"]$/.test(part)) return true;
  return NAMED_KEYS.has(lower);
}

/** Null when `text` is a usable accelerator; otherwise what is wrong with it, in plain words. */
export function acceleratorProblem(text: string): string | null {
  if (text.length === 0 || text.length > MAX_ACCELERATOR_LENGTH) return 'Type a shortcut such as CommandOrControl+Shift+A.';
  const parts = text.split('+');
  // "Ctrl++" would split into an empty part: the plus key is spelled "Plus".
  if (parts.some((part) => part.trim() === '' || part !== part.trim())) return 'Separate keys with + and no spaces; write the plus key as Plus.';
  const key = parts.at(-1)!;
  const modifiers = parts.slice(0, -1).map((part) => part.toLowerCase());
  if (!isKey(key)) return `“${key}” is not a key Electron knows.`;
  const unknown = modifiers.find((part) => !MODIFIERS.has(part));
  if (unknown !== undefined) return `“${unknown}” is not a modifier (use Ctrl, Alt, Shift, Command, Super or CommandOrControl).`;
  if (new Set(modifiers).size !== modifiers.length) return 'A modifier is named twice.';
  if (modifiers.every((part) => part === 'shift')) return 'Add Ctrl, Alt or Command: a shortcut without one would take a key from every app.';
  return null;
}

export function isAccelerator(text: string): boolean {
  return acceleratorProblem(text) === null;
}
