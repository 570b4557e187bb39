import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A count that goes up each time `value` has stopped changing for `ms` (0 at first): the dependency for
 * "ask the worker again once typing pauses".
 *
 * Why not the settled value (the value once it stops changing, a usual debounce): the worker answers from the doc it holds when the request
 * arrives, and that can be newer than the settled value. The request is sent from an effect, after a
 * paint; an edit made in between (a busy page paints late) is patched to the worker first, so the answer
 * is the newer doc's while the settled value is still the older one. An undo then brings back exactly
 * that older value: a settled value would not change, no request would go out, and the page would keep
 * the answer for a doc it no longer shows (seen in studio.e2e.ts: the category list after a bulk move
 * and its undo). The count changes at every pause, so the last pause always asks again, after the last patch.
 */
export function usePauses(value: unknown, ms: number): number {
  const [pauses, setPauses] = useState(0);
  const first = useRef(true);
  useEffect(() => {
    // The first value is asked for at once by the caller's own effect: no extra request when it pauses.
    if (first.current) {
      first.current = false;
      return;
    }
    const id = setTimeout(() => setPauses((n) => n + 1), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return pauses;
}
