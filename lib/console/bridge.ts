// The content script's wiring: watch the page, tell the extension about new snapshots, answer its requests.
// The only file under lib/console that touches the extension API.
import { onMessage, sendMessage } from '../ext/messaging';
import { insertReply } from './insert';
import type { ConsoleSnapshot } from './types';
import { watchConsole, type ConsoleWatcher, type WatchOptions } from './watch';

/** The part of WXT's ContentScriptContext the bridge needs. */
export interface BridgeContext {
  onInvalidated(cb: () => void): () => void;
}

export interface ConsoleBridge {
  watcher: ConsoleWatcher;
  dispose(): void;
}

function post(snapshot: ConsoleSnapshot): void {
  try {
    // Rejects with "Receiving end does not exist" while no panel is open: that is normal, drop it.
    void sendMessage('console/snapshot', { snapshot }).catch(() => undefined);
  } catch {
    // Throws synchronously once the extension was reloaded under the page ("context invalidated").
  }
}

export function setupConsoleBridge(ctx: BridgeContext, options: WatchOptions & { doc?: Document } = {}): ConsoleBridge {
  const doc = options.doc ?? document;
  const watcher = watchConsole(doc, post, options);
  const offGet = onMessage('console/get-snapshot', () => watcher.refresh().snapshot);
  const offInsert = onMessage('console/insert', (data) => {
    const fresh = watcher.refresh();
    return insertReply(fresh, { text: typeof data?.text === 'string' ? data.text : '', conversationId: data?.conversationId ?? null });
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
  return { watcher, dispose };
}
