import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { PromptText } from '../../shared/links/link-prompts';

// Native yes/no questions (dialog.showMessageBox). Main asks them itself, so a compromised window
// cannot answer for the user. Cancel is the default and what Escape or closing the box means.

export interface DialogElectron {
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
}

export interface ConfirmPort {
  /** True only when the user chose the confirming button. */
  confirm(prompt: PromptText): Promise<boolean>;
}

const CONFIRM = 0;
const CANCEL = 1;

export function createConfirmDialog(dialog: DialogElectron): ConfirmPort {
  return {
    async confirm(prompt) {
      const { response } = await dialog.showMessageBox({
        type: 'question',
        title: 'Approval Tray',
        message: prompt.message,
        detail: prompt.detail,
        buttons: [prompt.confirmLabel, prompt.cancelLabel],
        defaultId: CANCEL,
        cancelId: CANCEL,
        noLink: true,
      });
      return response === CONFIRM;
    },
  };
}
