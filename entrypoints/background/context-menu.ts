import { browser } from 'wxt/browser';
import { consoleMatchPatterns } from '@/lib/console/hosts';
import { sendMessage } from '@/lib/ext/messaging';
import { createT, pickLocale } from '@/lib/i18n';

// On text selected in a console: "Find answers for this" and "Flag as missing answer". A keyboard command
// flags the current question. Both open the side panel and hand it the text.
const PENDING = 'pendingSelection';

type SidePanelApi = { open(o: { tabId: number }): Promise<void> };
const sidePanel = () => (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;

async function handOver(tabId: number, text: string, action: 'search' | 'flag') {
  // Open first: the browser only allows it straight from the user's click or key.
  const opening = sidePanel()?.open({ tabId }).catch(() => undefined);
  await browser.storage.session.set({ [PENDING]: { tabId, text: text.slice(0, 2000), action, at: Date.now() } }).catch(() => undefined);
  await opening;
  await sendMessage('panel/selection', { tabId, text, action }).catch(() => undefined);
}

export function setupContextMenu(): void {
  const t = createT(pickLocale(globalThis.navigator?.language));
  browser.runtime.onInstalled.addListener(async () => {
    try {
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id: 'kefu-find', title: t('findFromMenu'), contexts: ['selection'], documentUrlPatterns: consoleMatchPatterns });
      browser.contextMenus.create({ id: 'kefu-flag', title: t('flagFromMenu'), contexts: ['selection'], documentUrlPatterns: consoleMatchPatterns });
    } catch (e) {
      console.warn('[kefu-assist] context menu unavailable', e);
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined || !info.selectionText) return;
    void handOver(tab.id, info.selectionText, info.menuItemId === 'kefu-flag' ? 'flag' : 'search');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'flag-missing' && tab?.id !== undefined) void handOver(tab.id, '', 'flag');
  });
}
