import type { IpcInvokeEvent, IpcMainLike, SenderFrame } from '../../electron/main/ipc-adapter';

// Part of the Electron fakes; import them from ./electron (see there).

export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcInvokeEvent, payload: unknown) => unknown>();

  handle(channel: string, listener: (event: IpcInvokeEvent, payload: unknown) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  /** Calls a channel as ipcRenderer.invoke would, from `frame` (null: the frame is gone). */
  async invoke(channel: string, payload: unknown, frame: SenderFrame | null = appFrame()): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: frame }, payload);
  }
}

export function appFrame(url = 'app://renderer/index.html', parent: unknown = null): SenderFrame {
  return { url, parent };
}
