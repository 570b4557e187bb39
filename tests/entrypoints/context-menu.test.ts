import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setupContextMenu } from '@/entrypoints/background/context-menu';
import { consoleMatchPatterns } from '@/lib/console/hosts';
import { onMessage } from '@/lib/ext/messaging';

// The worker's context menu and shortcut, WXT style: the real setup function against fakeBrowser, then real
// events. fakeBrowser has no contextMenus, commands or sidePanel, so those three browser APIs are stood in
// for by small recorders with triggerable events; the code under test (context-menu.ts) is not replaced.

type Listener = (...args: never[]) => unknown;
function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args))),
  };
}

interface Created {
  id: string;
  title: string;
  contexts: string[];
  documentUrlPatterns: string[];
}

let created: Created[];
let removedAll: number;
let opened: { tabId: number }[];
let onClicked: ReturnType<typeof event>;
let onCommand: ReturnType<typeof event>;

beforeEach(() => {
  fakeBrowser.reset();
  created = [];
  removedAll = 0;
  opened = [];
  onClicked = event(); // fresh events: no listener from an earlier test fires
  onCommand = event();
  Object.assign(fakeBrowser, {
    contextMenus: {
      removeAll: async () => {
        removedAll++;
        created = [];
      },
      create: (item: Created) => void created.push(item),
      onClicked,
    },
    commands: { onCommand },
  });
  (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open: async (o: { tabId: number }) => void opened.push(o) } };
});

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

/** Resolves with the message the worker sends to the panel once it has handed the text over (its last step). */
function nextPanelMessage() {
  return new Promise<{ tabId: number; text: string; action: string }>((resolve) => {
    const off = onMessage('panel/selection', (m) => {
      off();
      resolve(m);
    });
  });
}

async function pending() {
  return (await fakeBrowser.storage.session.get('pendingSelection')).pendingSelection as
    | { tabId: number; text: string; action: string; at: number }
    | undefined;
}

describe('context menu and shortcut', () => {
  it('on install creates "Find answers" and "Flag as missing" for selected text on consoles only', async () => {
    setupContextMenu();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(removedAll).toBe(1); // an update re-creates them instead of failing on duplicate ids
    expect(created.map((c) => c.id)).toEqual(['kefu-find', 'kefu-flag']);
    for (const item of created) {
      expect(item.contexts).toEqual(['selection']);
      expect(item.documentUrlPatterns).toEqual(consoleMatchPatterns);
      expect(item.title.trim()).not.toBe('');
    }
    expect(created[0]?.title).not.toBe(created[1]?.title);
    // An update runs onInstalled again: still exactly two items.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false, previousVersion: '0.0.1' });
    expect(created.map((c) => c.id)).toEqual(['kefu-find', 'kefu-flag']);
  });

  it('"Flag as missing answer" stores the selection as a flag for that tab and opens the panel', async () => {
    setupContextMenu();
    const told = nextPanelMessage();
    const before = Date.now();
    await onClicked.trigger({ menuItemId: 'kefu-flag', selectionText: '  这个怎么退货？ ' }, { id: 7 });
    expect(await told).toEqual({ tabId: 7, text: '  这个怎么退货？ ', action: 'flag' });
    expect(opened).toEqual([{ tabId: 7 }]);
    const p = await pending();
    expect(p).toMatchObject({ tabId: 7, text: '  这个怎么退货？ ', action: 'flag' });
    expect(p?.at).toBeGreaterThanOrEqual(before);
  });

  it('"Find answers for this" stores the selection as a search', async () => {
    setupContextMenu();
    const told = nextPanelMessage();
    await onClicked.trigger({ menuItemId: 'kefu-find', selectionText: 'where is my parcel' }, { id: 3 });
    expect(await told).toEqual({ tabId: 3, text: 'where is my parcel', action: 'search' });
    expect(opened).toEqual([{ tabId: 3 }]);
    expect(await pending()).toMatchObject({ tabId: 3, text: 'where is my parcel', action: 'search' });
  });

  it('a very long selection is stored cut to 2,000 characters (session storage stays small)', async () => {
    setupContextMenu();
    const told = nextPanelMessage();
    await onClicked.trigger({ menuItemId: 'kefu-find', selectionText: 'x'.repeat(5000) }, { id: 3 });
    await told;
    expect((await pending())?.text).toHaveLength(2000);
  });

  it('a click without a tab or without selected text does nothing', async () => {
    setupContextMenu();
    await onClicked.trigger({ menuItemId: 'kefu-flag', selectionText: 'hello' }, undefined);
    await onClicked.trigger({ menuItemId: 'kefu-flag', selectionText: '' }, { id: 2 });
    expect(opened).toEqual([]);
    expect(await pending()).toBeUndefined();
  });

  it('the flag-missing shortcut flags the current question (no text) on the active tab and opens the panel', async () => {
    setupContextMenu();
    const told = nextPanelMessage();
    await onCommand.trigger('flag-missing', { id: 11 });
    expect(await told).toEqual({ tabId: 11, text: '', action: 'flag' });
    expect(opened).toEqual([{ tabId: 11 }]);
    expect(await pending()).toMatchObject({ tabId: 11, text: '', action: 'flag' });
  });

  it('other commands are left alone', async () => {
    setupContextMenu();
    await onCommand.trigger('_execute_action', { id: 11 });
    await onCommand.trigger('flag-missing', undefined);
    expect(opened).toEqual([]);
    expect(await pending()).toBeUndefined();
  });

  it('the panel is still handed the text when it cannot be opened (no sidePanel API)', async () => {
    delete (globalThis as { chrome?: unknown }).chrome;
    setupContextMenu();
    const told = nextPanelMessage();
    await onClicked.trigger({ menuItemId: 'kefu-flag', selectionText: 'refund?' }, { id: 5 });
    expect(await told).toMatchObject({ action: 'flag', text: 'refund?' });
    expect(await pending()).toMatchObject({ tabId: 5, action: 'flag' });
  });
});
