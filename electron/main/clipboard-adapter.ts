import type { Clipboard } from 'electron';
import type { ClipboardPort } from '../../shared/app/app-ports';

export function createClipboard(clipboard: Pick<Clipboard, 'writeText'>): ClipboardPort {
  return { writeText: (text) => clipboard.writeText(text) };
}
