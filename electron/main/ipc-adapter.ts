import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { INVOKE_CHANNELS } from '../../shared/ipc/contract';
import type { InvokeChannel, InvokeHandlers, ParsedInvokeRequest } from '../../shared/ipc/contract';
import { invokeRequestSchemas } from '../../shared/ipc/request-schemas';
import type { LoggerPort } from '../../shared/app/app-ports';
import { redactText } from '../../shared/logging/redact';
import { isAppUrl } from './app-origin';

// Every invoke channel goes through here: the sender is checked and the payload parsed against
// the shared contract before any handler sees it. The renderer is untrusted.

export type { InvokeHandlers };

/** What the check needs of a frame; Electron's WebFrameMain has it. */
export type SenderFrame = Pick<WebFrameMain, 'url'> & { readonly parent: unknown };
export type IpcInvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> | { senderFrame: SenderFrame | null };
/** Electron's ipcMain fits this (checked in test/fakes/electron-fit.ts). */
export type IpcMainLike = {
  handle(channel: string, listener: (event: IpcInvokeEvent, payload: unknown) => unknown): void;
};

/** The app's own page, in its main frame. */
export function isTrustedSender(frame: SenderFrame | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: InvokeHandlers,
  isTrusted: (frame: SenderFrame | null) => boolean = isTrustedSender,
  log?: LoggerPort,
): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload) => {
      if (!isTrusted(event.senderFrame)) {
        log?.warn('ipc: refused a call from an untrusted frame', { channel });
        throw new Error('refused');
      }
      return callHandler(channel, handlers, payload, log);
    });
  }
}

function callHandler<C extends InvokeChannel>(channel: C, handlers: InvokeHandlers, payload: unknown, log?: LoggerPort): unknown {
  const parsed = invokeRequestSchemas[channel].safeParse(payload);
  if (!parsed.success) {
    // Paths and issue codes only: the payload may hold an app secret or a token.
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.code}`).join('; ');
    log?.warn('ipc: invalid request', { channel, where });
    throw new Error(`invalid request for ${channel} (${where})`);
  }
  const handler = handlers[channel] as (request: ParsedInvokeRequest<C>) => unknown;
  // Electron hands a thrown error's message to the renderer: scrub it on the way out.
  return Promise.resolve()
    .then(() => handler(parsed.data as ParsedInvokeRequest<C>))
    .catch((error: unknown) => {
      log?.error('ipc: handler failed', { channel, error });
      throw new Error(redactText(error instanceof Error ? error.message : String(error)));
    });
}
