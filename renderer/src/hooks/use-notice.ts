import { useCallback, useEffect, useState } from 'react';

/** A short message ("Link copied.") that clears itself after a few seconds. */
export function useNotice(lifetimeMs = 5000): [string | null, (message: string) => void] {
  const [notice, setNotice] = useState<{ message: string; id: number } | null>(null);
  const notify = useCallback((message: string) => setNotice((current) => ({ message, id: (current?.id ?? 0) + 1 })), []);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), lifetimeMs);
    return () => clearTimeout(timer);
  }, [notice, lifetimeMs]);
  return [notice?.message ?? null, notify];
}
