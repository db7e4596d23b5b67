import type { Dialog, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { DialogElectron } from '../../electron/main/dialog-adapter';

// Electron's real dialog must satisfy the adapter's port, so the port cannot drift from electron.d.ts.
const realDialogFits: Dialog extends DialogElectron ? true : never = true;
void realDialogFits;

// ── dialog ───────────────────────────────────────────────────────────────────────────────────

/** dialog.showMessageBox: records each box and answers with the button the test chose. */
export class FakeDialog implements DialogElectron {
  readonly shown: MessageBoxOptions[] = [];
  /** The index of the button the "user" clicks; by default the cancel button. */
  answer: (options: MessageBoxOptions) => number = (options) => options.cancelId ?? 0;
  /** Set to hold the box open until the test calls `release()`. */
  private held: (() => void)[] = [];
  hold = false;

  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue> {
    this.shown.push(options);
    const reply = (): MessageBoxReturnValue => ({ response: this.answer(options), checkboxChecked: false });
    if (!this.hold) return Promise.resolve(reply());
    return new Promise((resolve) => this.held.push(() => resolve(reply())));
  }

  release(): void {
    for (const resolve of this.held.splice(0)) resolve();
  }

  /** Answers "yes" (the first button, as createConfirmDialog orders them). */
  confirmAll(): this {
    this.answer = () => 0;
    return this;
  }
}
