import { useEffect, useState } from 'react';
import type { ManagedState } from '../../../shared/managed/managed-config';
import { useApi } from '../app/api-context';

/** The organisation's managed configuration as main read it at start; null while it is asked for. */
export function useManaged(): ManagedState | null {
  const api = useApi();
  const [managed, setManaged] = useState<ManagedState | null>(null);
  useEffect(() => {
    let live = true;
    void api.getManaged().then(
      (value) => live && setManaged(value),
      // An older main without the channel: behave as if there were no organisation setup.
      () => live && setManaged({ status: 'none', path: '' }),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return managed;
}

/** The broker as people may see it: its host, never a path or query. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
