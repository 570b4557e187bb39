// Undo/redo over whole document states (entries are small, and sharing unchanged objects keeps it cheap).
// Typing into one field is one step: consecutive records with the same `group` (e.g. "entry-3:title")
// coalesce until `seal` is called (the field lost focus) or another group is recorded.

export const MAX_UNDO = 200;

export interface History<T> {
  past: T[];
  future: T[];
  /** Group of the newest past state while it may still coalesce. */
  open: string | null;
}

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], open: null };
}

/** Record the state BEFORE a change. */
export function record<T>(h: History<T>, before: T, group?: string): History<T> {
  if (group && h.open === group && h.past.length) return { ...h, future: [] };
  const past = [...h.past, before];
  return { past: past.length > MAX_UNDO ? past.slice(past.length - MAX_UNDO) : past, future: [], open: group ?? null };
}

/** Stop coalescing: the next change starts a new step. */
export function seal<T>(h: History<T>): History<T> {
  return h.open === null ? h : { ...h, open: null };
}

export function undo<T>(h: History<T>, current: T): { history: History<T>; state: T } | null {
  const state = h.past[h.past.length - 1];
  if (state === undefined) return null;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future], open: null }, state };
}

export function redo<T>(h: History<T>, current: T): { history: History<T>; state: T } | null {
  const [state, ...rest] = h.future;
  if (state === undefined) return null;
  return { history: { past: [...h.past, current], future: rest, open: null }, state };
}

export const canUndo = (h: History<unknown>) => h.past.length > 0;
export const canRedo = (h: History<unknown>) => h.future.length > 0;
