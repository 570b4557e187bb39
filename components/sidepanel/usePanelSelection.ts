import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/ext/messaging';

export const PENDING_SELECTION_KEY = 'pendingSelection';
export interface PendingSelection {
  tabId: number;
  text: string;
  action: 'search' | 'flag';
  at: number;
}

// Text the agent selected in a console and sent here from the context menu. The worker also leaves it in
// session storage, because the panel may only be opening as the menu is clicked.
export function usePanelSelection(tabId: number | null, onSelection: (text: string, action: 'search' | 'flag') => void) {
  const handler = useRef(onSelection);
  handler.current = onSelection;
  useEffect(() => {
    if (tabId === null) return;
    const take = (p: PendingSelection | undefined) => {
      if (!p || p.tabId !== tabId || Date.now() - p.at > 60_000) return;
      void browser.storage.session.remove(PENDING_SELECTION_KEY).catch(() => undefined);
      handler.current(p.text, p.action);
    };
    void browser.storage.session.get(PENDING_SELECTION_KEY).then((got) => take(got[PENDING_SELECTION_KEY] as PendingSelection | undefined)).catch(() => undefined);
    return onMessage('panel/selection', (m) => take({ ...m, at: Date.now() }));
  }, [tabId]);
}
