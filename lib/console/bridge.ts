// The content script's wiring: watch the page, tell the extension about new snapshots, answer its requests.
// The only file under lib/console that touches the extension API (with teach/storage.ts for storage).
import { onMessage, sendMessage } from '../ext/messaging';
import { insertReply } from './insert';
import { healthOf, type Activity } from './teach/health';
import type { ConsoleAdapter, ConsoleSnapshot } from './types';
import { watchConsole, type ConsoleWatcher, type WatchOptions } from './watch';

/** The part of WXT's ContentScriptContext the bridge needs. */
export interface BridgeContext {
  onInvalidated(cb: () => void): () => void;
}

export interface ConsoleBridge {
  readonly watcher: ConsoleWatcher;
  /** Read with another adapter list from now on (custom adapters were taught, imported or synced). */
  setAdapters(adapters: readonly ConsoleAdapter[]): void;
  dispose(): void;
}

export interface BridgeOptions extends WatchOptions {
  doc?: Document;
  /** After every new snapshot and every insert: when a question was last read and a reply last inserted. */
  onActivity?: (snapshot: ConsoleSnapshot, activity: Activity) => void;
}

function post(snapshot: ConsoleSnapshot): void {
  try {
    // Rejects with "Receiving end does not exist" while no panel is open: that is normal, drop it.
    void sendMessage('console/snapshot', { snapshot }).catch(() => undefined);
  } catch {
    // Throws synchronously once the extension was reloaded under the page ("context invalidated").
  }
}

export function setupConsoleBridge(ctx: BridgeContext, options: BridgeOptions = {}): ConsoleBridge {
  const doc = options.doc ?? document;
  const now = options.now ?? Date.now;
  const activity: Activity = {};
  let questionKey = '';

  /** Health in the snapshot carries the page's activity too (the panel and options page show it). */
  function withActivity(snapshot: ConsoleSnapshot): ConsoleSnapshot {
    const key = snapshot.question ? JSON.stringify([snapshot.conversationId, snapshot.question]) : '';
    if (key && key !== questionKey) {
      questionKey = key;
      activity.lastQuestionAt = now();
    }
    const health = healthOf(snapshot);
    return health ? ({ ...snapshot, health: { ...health, ...activity } } as ConsoleSnapshot) : snapshot;
  }

  function report(snapshot: ConsoleSnapshot): void {
    try {
      options.onActivity?.(snapshot, { ...activity });
    } catch {
      // Health bookkeeping must never break reading.
    }
  }

  const emit = (snapshot: ConsoleSnapshot) => {
    const s = withActivity(snapshot);
    post(s);
    report(s);
  };
  let watchOptions: WatchOptions = options;
  let watcher = watchConsole(doc, emit, watchOptions);
  const offGet = onMessage('console/get-snapshot', () => withActivity(watcher.refresh().snapshot));
  const offInsert = onMessage('console/insert', async (data) => {
    const fresh = watcher.refresh();
    const result = await insertReply(fresh, { text: typeof data?.text === 'string' ? data.text : '', conversationId: data?.conversationId ?? null, ...(typeof data?.question === 'string' ? { question: data.question } : {}) });
    if (result.ok) {
      activity.lastInsertAt = now();
      report(withActivity(watcher.current()));
    }
    return result;
  });
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    watcher.stop();
    offGet();
    offInsert();
  };
  ctx.onInvalidated(dispose);
  return {
    get watcher() {
      return watcher;
    },
    setAdapters(adapters) {
      if (disposed) return;
      watcher.stop();
      watchOptions = { ...watchOptions, adapters };
      watcher = watchConsole(doc, emit, watchOptions);
    },
    dispose,
  };
}
