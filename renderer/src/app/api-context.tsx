import { createContext, useContext, type ReactNode } from 'react';
import type { RendererApi } from '../../../shared/ipc/contract';

// The bridge reaches components through context, so tests hand in a fake instead of a global.
const ApiContext = createContext<RendererApi | null>(null);

export function ApiProvider({ api, children }: { api: RendererApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): RendererApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
