// Watching a console page: re-read after DOM changes settle, emit a snapshot only when it means something new.
import { consoleAdapters } from './adapters';
import { refAttributes } from './dom';
import { createConsoleReader, type ConsoleRead, type ReaderOptions } from './read';
import { healthOf } from './teach/health';
import type { ConsoleSnapshot } from './types';

export interface WatchOptions extends ReaderOptions {
  /** Quiet time after the last mutation before reading. */
  debounceMs?: number;
  /** A page that never stops mutating (timers, animations) is still read at least this often. */
  maxWaitMs?: number;
}

export interface ConsoleWatcher {
  /** The last emitted snapshot. */
  current(): ConsoleSnapshot;
  /** Read now (emitting if something changed) and return the fresh read, reply box included. */
  refresh(): ConsoleRead;
  stop(): void;
}

/** What makes a snapshot new: url and time do not; the question, conversation, context and reply box do. */
export function snapshotKey(s: ConsoleSnapshot): string {
  return JSON.stringify([
    s.consoleId,
    s.recognised,
    s.noConversation ?? false,
    s.conversationId,
    s.context.buyer ?? '',
    s.context.order ?? '',
    s.context.product ?? '',
    s.question,
    s.questionParts,
    s.previous,
    s.lastReply ?? '',
    s.nonText ?? '',
    s.truncated ?? false,
    s.hasInput,
    s.inputKind,
    // Health turning bad (or good again) is news for the panel.
    healthOf(s)?.ok ?? null,
    healthOf(s)?.reason ?? '',
  ]);
}

export function watchConsole(doc: Document, onSnapshot: (snapshot: ConsoleSnapshot) => void, options: WatchOptions = {}): ConsoleWatcher {
  // Short enough that the panel updates within ~100 ms of a buyer message, long enough to coalesce one render.
  const debounceMs = options.debounceMs ?? 40;
  const maxWaitMs = options.maxWaitMs ?? 250;
  const now = options.now ?? Date.now;
  const reader = createConsoleReader(doc, options);
  let seq = 0;
  let key = '';
  let current: ConsoleSnapshot | null = null;
  let lastInput: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let stopped = false;
  // A page changed while the layout scan was backing off: scan again when the back-off ends.
  let rescan: ReturnType<typeof setTimeout> | undefined;

  function evaluate(): ConsoleRead {
    const read = reader.read();
    lastInput = read.input?.host ?? null;
    const k = snapshotKey(read.snapshot);
    if (k !== key || !current) {
      key = k;
      seq += 1;
      current = { ...read.snapshot, seq, at: now() };
      try {
        onSnapshot(current);
      } catch {
        // A failing listener must not stop the watcher.
      }
    }
    return { ...read, snapshot: current };
  }

  function fire() {
    timer = undefined;
    firstPending = 0;
    if (stopped) return;
    const read = evaluate();
    if (read.scanDeferredUntil !== undefined && rescan === undefined) {
      // fire(), not evaluate(): a timer that wakes a little early finds the scan still deferred and waits again.
      rescan = setTimeout(() => {
        rescan = undefined;
        fire();
      }, Math.max(0, read.scanDeferredUntil - now()));
    }
  }

  function schedule() {
    const t = now();
    if (!firstPending) firstPending = t;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - t));
    timer = setTimeout(fire, wait);
  }

  /** The agent typing in the reply box mutates the page too; that alone changes nothing we report. */
  function onlyInsideInput(records: MutationRecord[]): boolean {
    const input = lastInput;
    if (!input?.isConnected) return false;
    return records.every((r) => input.contains(r.target));
  }

  const observer = new MutationObserver((records) => {
    if (stopped || onlyInsideInput(records)) return;
    schedule();
  });
  // Attributes only where an adapter reads one (conversation ids): class and style churn would wake us constantly.
  const attributes = [...new Set((options.adapters ?? consoleAdapters).flatMap((a) => [...refAttributes(a.conversationId), ...refAttributes(a.buyerName)]))];
  observer.observe(doc, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(attributes.length ? { attributes: true, attributeFilter: attributes } : {}),
  });

  evaluate();

  return {
    current: () => current!,
    refresh: () => evaluate(),
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      if (rescan !== undefined) clearTimeout(rescan);
    },
  };
}
