import { useEffect, useState } from 'react';
import type { AppState } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';

/** Main's AppState: fetched once, then kept current by `app:state-changed` pushes. */
export function useAppState(): AppState | null {
  const api = useApi();
  const [state, setState] = useState<AppState | null>(null);
  useEffect(() => {
    let live = true;
    const off = api.on('app:state-changed', setState);
    void api.getState().then((value) => {
      if (live) setState((current) => current ?? value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return state;
}
