import type { RendererApi } from '../../../shared/ipc/contract';

// What the preload exposes; may be missing if the window was opened without it.
declare global {
  interface Window {
    api?: RendererApi;
  }
}
