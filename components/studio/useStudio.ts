import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { forgetLastDoc, saveDoc, type StudioDB } from '@/lib/studio/db';
import { parseDoc } from '@/lib/studio/doc-schema';
import type { StudioDoc } from '@/lib/studio/types';
import { canRedo, canUndo, emptyHistory, record, redo, seal, undo, type History } from '@/lib/studio/undo';
import { WorkerFailed, type StudioWorker } from './studio-worker-client';

// The open document, its undo history and autosave. Every change is saved shortly after typing pauses,
// and at once when the tab is hidden or closed, so reopening the studio restores the work.

const SAVE_DELAY_MS = 400;
/**
 * An IndexedDB write started as the tab closes may not finish, so unsaved work is also written to
 * localStorage (synchronous) then, and taken back on the next start when it is newer than the database copy.
 */
const RESCUE_KEY = 'kefu-studio:unsaved';

function readRescue(): StudioDoc | null {
  try {
    const text = localStorage.getItem(RESCUE_KEY);
    return text ? parseDoc(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

function clearRescue() {
  try {
    localStorage.removeItem(RESCUE_KEY);
  } catch {
    // storage unavailable: nothing to clear
  }
}

/** The copy to reopen: the rescue copy when it is newer than what the database has for that doc. */
async function restore(db: StudioDB, worker: StudioWorker): Promise<StudioDoc | null> {
  const rescue = readRescue();
  if (rescue) {
    const stored = parseDoc(await db.docs.get(rescue.key).catch(() => undefined));
    if (!stored || stored.updatedAt < rescue.updatedAt) {
      await saveDoc(db, rescue, rescue.updatedAt);
      clearRescue();
      return rescue;
    }
    clearRescue();
  }
  // The worker reads (and checks) the stored copy: a big pack is cloned off the page, then sent in slices.
  return worker.lastDoc();
}

export type SaveState = { state: 'saved' | 'saving' } | { state: 'error'; error: string };

/**
 * `worker` keeps a copy of the doc in step (only changed entries cross) and writes the autosave, so a big
 * pack is never cloned on the page as the team lead types.
 */
export function useStudio(db: StudioDB, worker: StudioWorker) {
  const [doc, setDocState] = useState<StudioDoc | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [save, setSave] = useState<SaveState>({ state: 'saved' });
  const [, setTick] = useState(0);
  const docRef = useRef<StudioDoc | null>(null);
  const history = useRef<History<StudioDoc>>(emptyHistory());
  const pending = useRef(false);
  /** A save is being written: until it lands, a closing tab still takes a rescue copy. */
  const inFlight = useRef(false);
  /** Settles when the save being written lands (or fails). */
  const saving = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setDoc = (d: StudioDoc | null) => {
    docRef.current = d;
    worker.sync(d);
    setDocState(d);
  };

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const d = docRef.current;
    if (!pending.current || !d) return;
    pending.current = false;
    inFlight.current = true;
    let done!: () => void;
    saving.current = new Promise<void>((r) => (done = r));
    try {
      // The worker stopped: the page writes the copy itself (slower on a big pack, but nothing is lost).
      await worker.save(d).catch((e: unknown) => {
        if (e instanceof WorkerFailed) return saveDoc(db, d).then(() => undefined);
        throw e;
      });
      if (!pending.current) clearRescue();
      if (!pending.current) setSave({ state: 'saved' });
    } catch (e) {
      pending.current = true;
      setSave({ state: 'error', error: (e as Error).message });
    } finally {
      inFlight.current = false;
      done();
    }
  }, [db, worker]);

  const schedule = () => {
    pending.current = true;
    setSave({ state: 'saving' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  useEffect(() => {
    void restore(db, worker)
      .then((d) => setDoc(d))
      .catch(() => setDoc(null))
      .finally(() => setLoaded(true));
  }, [db, worker]);

  // A closed or hidden tab saves what is pending now, from the page itself: the worker dies with the tab
  // and may still be busy with heavy work (its save would queue behind it), and a big pack does not fit
  // the localStorage rescue copy. The worker's own save of the same doc follows (it never overwrites a
  // newer copy, see saveDocUnlessNewer).
  useEffect(() => {
    const onHide = () => {
      const d = docRef.current;
      if ((pending.current || inFlight.current) && d) {
        const now = Date.now();
        try {
          localStorage.setItem(RESCUE_KEY, JSON.stringify({ ...d, updatedAt: now }));
        } catch {
          // too big or storage unavailable: the IndexedDB write below is the only copy
        }
        void saveDoc(db, d, now).catch(() => undefined);
      }
      void flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush, db]);

  /** Change the document (one undo step; the same `group` in a row is one step, e.g. typing in a field). */
  const change = (update: (d: StudioDoc) => StudioDoc, group?: string) => {
    const current = docRef.current;
    if (!current) return;
    const next = update(current);
    if (next === current) return;
    history.current = record(history.current, current, group);
    setDoc(next);
    schedule();
  };

  /**
   * A fact that undo must not take back (an export happened: its version and diff base). Applied to the
   * document and to every state in the undo history, as no undo step.
   */
  const settle = (update: (d: StudioDoc) => StudioDoc) => {
    const current = docRef.current;
    if (!current) return;
    const h = history.current;
    history.current = { ...h, past: h.past.map(update), future: h.future.map(update) };
    setDoc(update(current));
    schedule();
  };

  /** Open a document (new history) and save it at once. */
  const open = (d: StudioDoc) => {
    history.current = emptyHistory();
    setDoc(d);
    pending.current = true;
    void flush();
  };

  /** Back to the start screen, unless the last save failed: then the editor stays open (nothing is dropped). */
  const close = async () => {
    await saving.current; // a save already being written may still fail
    await flush();
    if (pending.current) return false;
    await forgetLastDoc(db).catch(() => undefined);
    history.current = emptyHistory();
    setDoc(null);
    return true;
  };

  const step = (which: 'undo' | 'redo') => {
    const current = docRef.current;
    if (!current) return false;
    const r = which === 'undo' ? undo(history.current, current) : redo(history.current, current);
    if (!r) return false;
    history.current = r.history;
    setDoc(r.state);
    schedule();
    return true;
  };

  return {
    doc,
    loaded,
    save,
    change,
    settle,
    open,
    close,
    flush,
    undo: () => step('undo'),
    redo: () => step('redo'),
    /** The field being typed in lost focus: the next change is a new undo step. */
    seal: () => {
      history.current = seal(history.current);
      setTick((n) => n + 1);
    },
    canUndo: canUndo(history.current),
    canRedo: canRedo(history.current),
  };
}

export type Studio = ReturnType<typeof useStudio>;
