import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_METHODS,
  EVENT_CHANNELS,
  type EventChannel,
  type EventPayloads,
  type RendererApi,
} from '../../shared/ipc/contract';

// The renderer's only door to main: one named function per contract channel, nothing else.
function buildApi(): RendererApi {
  const calls = Object.fromEntries(
    Object.entries(BRIDGE_METHODS).map(([method, channel]) => [
      method,
      (request?: unknown) => ipcRenderer.invoke(channel, request),
    ]),
  );
  const on = <E extends EventChannel>(channel: E, listener: (payload: EventPayloads[E]) => void) => {
    if (!(EVENT_CHANNELS as readonly string[]).includes(channel)) throw new Error(`unknown event ${channel}`);
    const wrapped = (_event: unknown, payload: EventPayloads[E]) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  };
  return { ...calls, on } as RendererApi;
}

contextBridge.exposeInMainWorld('api', buildApi());
