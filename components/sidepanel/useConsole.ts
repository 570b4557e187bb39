import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ConsoleSnapshot } from '@/lib/console/types';
import { onMessage, sendToTab } from '@/lib/ext/messaging';

export type ConsoleState =
  | { status: 'loading'; tabId: number | null }
  | { status: 'no-console'; tabId: number | null }
  | { status: 'ready'; tabId: number; snapshot: ConsoleSnapshot };

/** `?tab=<id>` binds the panel to one tab (pop-out window, tests); otherwise it follows the active tab of its window. */
export function boundTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

export function useConsole(): { state: ConsoleState; refresh: () => void } {
  const bound = boundTabId(location.search);
  const [tabId, setTabId] = useState<number | null>(bound);
  const [state, setState] = useState<ConsoleState>({ status: 'loading', tabId: bound });

  // Follow the active tab of this window unless bound.
  useEffect(() => {
    if (bound !== null) return;
    let windowId: number | undefined;
    void browser.windows.getCurrent().then((w) => {
      windowId = w.id;
      return browser.tabs.query({ active: true, windowId: w.id });
    }).then((tabs) => setTabId(tabs[0]?.id ?? null));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [bound]);

  // The tab the panel shows now: a late answer from a tab the agent left must not overwrite it.
  const current = useRef(tabId);
  current.current = tabId;
  const refresh = useCallback(() => {
    if (tabId === null) return;
    sendToTab(tabId, 'console/get-snapshot', {})
      .then((snapshot) => {
        if (current.current === tabId) setState(snapshot ? { status: 'ready', tabId, snapshot } : { status: 'no-console', tabId });
      })
      .catch(() => {
        if (current.current === tabId) setState({ status: 'no-console', tabId });
      });
  }, [tabId]);

  useEffect(() => {
    if (tabId === null) return;
    setState({ status: 'loading', tabId });
    refresh();
    const off = onMessage('console/snapshot', ({ snapshot }, sender) => {
      if (sender.tabId === tabId) setState({ status: 'ready', tabId, snapshot });
    });
    // A reload or navigation of the tab: the content script starts again and pushes a snapshot; ask too.
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') refresh();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      off();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, refresh]);

  return { state, refresh };
}
