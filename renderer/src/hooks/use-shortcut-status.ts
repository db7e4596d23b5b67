import { useEffect, useState } from 'react';
import type { ShortcutStatus } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';

/** How main's registration of the global shortcut went: asked once, then pushed on every change. */
export function useShortcutStatus(): ShortcutStatus | null {
  const api = useApi();
  const [status, setStatus] = useState<ShortcutStatus | null>(null);
  useEffect(() => {
    let live = true;
    const off = api.on('settings:shortcut-status', setStatus);
    void api.getShortcutStatus().then((first) => live && setStatus((current) => current ?? first));
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return status;
}
