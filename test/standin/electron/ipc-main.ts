import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent } from 'electron';

// ipcMain: handlers for invoke, listeners for send. The page side (page-bridge.ts) builds the
// event Electron would: sender, senderFrame (url and parent), frameId, processId.

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

class StandinIpcMain extends EventEmitter {
  private readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return handler(event, ...args);
    });
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  channels(): string[] {
    return [...this.handlers.keys()];
  }
  /** What Electron does on ipcRenderer.invoke: the handler's value, or its error's message. */
  async invoke(channel: string, event: IpcMainInvokeEvent, args: unknown[]): Promise<{ ok: true; value: unknown } | { ok: false; message: string; noHandler?: boolean }> {
    const handler = this.handlers.get(channel);
    if (!handler) return { ok: false, message: `No handler registered for '${channel}'`, noHandler: true };
    try {
      return { ok: true, value: await handler(event, ...args) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
}

export const ipcMain = new StandinIpcMain();
export type { StandinIpcMain };
