import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The current result of a Dexie query, kept up to date as the database changes (in this page or in the
 * worker). A failing query leaves the last good value.
 */
export function useLive<T>(query: () => T | Promise<T>, deps: readonly unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e: unknown) => console.warn('[kefu-assist] live query failed', e) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
