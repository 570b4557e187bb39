import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TeachConsole } from '@/components/sidepanel/TeachConsole';
import { setupTeach } from '@/entrypoints/background/teach';
import type { StoredAdapter } from '@/lib/console/custom-adapters';
import { loadLocalAdapters, saveLocalAdapters } from '@/lib/console/teach/storage';
import { teachLocale, teachText } from '@/lib/console/teach/strings';
import { createT } from '@/lib/i18n';

// Teach / Allow access from the panel, through the real worker wiring (setupTeach on WXT's fake browser).
// The fake browser has no permissions or scripting API: small stand-ins play the browser's prompt and grant
// store, and record every script the worker would inject or register — so "nothing registered" is checked
// where it would happen.

const PAGE = 'https://chat.example-shop.test/inbox';
const tt = teachText(teachLocale(navigator.language));

let root: HTMLElement;
let answer: boolean;
let granted: Set<string>;
let requests: string[][];
let scripting: string[];
let tabId: number;

beforeEach(async () => {
  fakeBrowser.reset();
  answer = true;
  granted = new Set();
  requests = [];
  scripting = [];
  const fake = fakeBrowser as unknown as { permissions: unknown; scripting: unknown };
  fake.permissions = {
    request: async ({ origins = [] }: { origins?: string[] }) => {
      requests.push(origins);
      if (answer) for (const o of origins) granted.add(o);
      return answer;
    },
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    onAdded: { addListener: () => undefined },
    onRemoved: { addListener: () => undefined },
  };
  fake.scripting = {
    executeScript: async ({ files }: { files?: string[] }) => void scripting.push(`execute:${files?.join(',') ?? 'func'}`),
    getRegisteredContentScripts: async () => [],
    registerContentScripts: async (list: { matches: string[] }[]) => void scripting.push(`register:${list.flatMap((s) => s.matches).join(',')}`),
    updateContentScripts: async () => void scripting.push('update'),
    unregisterContentScripts: async () => void scripting.push('unregister'),
  };
  setupTeach();
  tabId = (await fakeBrowser.tabs.create({ url: PAGE })).id!;
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<TeachConsole state={{ status: 'no-console', tabId }} t={createT('en')} />, root));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const byTest = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function until(ok: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (ok()) return;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`never happened: ${what}\n${root.innerHTML}`);
}

describe('TeachConsole: host access is asked in the click', () => {
  it('denied: the panel says so and nothing is injected, registered or stored', async () => {
    await until(() => !!byTest('teach-console'), 'the Teach button');
    answer = false;
    await act(() => byTest('teach-console')!.click());
    await until(() => !!byTest('teach-status'), 'a status line');
    expect(requests).toEqual([['https://chat.example-shop.test/*']]);
    expect(byTest('teach-status')!.textContent).toBe(tt('teachDenied'));
    expect(scripting).toEqual([]);
    expect(await loadLocalAdapters()).toEqual([]);
    expect(byTest('teach')).not.toBeNull(); // the agent can try again
  });

  it('granted: the picker is opened on the page (what the denied case must not do)', async () => {
    await until(() => !!byTest('teach-console'), 'the Teach button');
    await act(() => byTest('teach-console')!.click());
    await until(() => !!byTest('teach-status'), 'a status line');
    expect(byTest('teach-status')!.textContent).toBe(tt('teachOpened'));
    expect(scripting).toEqual(['execute:func', 'execute:/picker.js']);
  });

  it('a team adapter for this host, access denied: "Allow" registers no content script', async () => {
    const team: StoredAdapter = {
      adapter: { id: 'team-shop', name: 'Team shop', hosts: ['chat.example-shop.test'], messageRow: ['li'], buyer: ['.b'], input: ['textarea'] },
      source: 'import', savedAt: 1,
    };
    await saveLocalAdapters([team]);
    await until(() => !!byTest('activate-console'), 'the Allow button');
    scripting.length = 0; // the import's own resync ran without access: it registers nothing either
    answer = false;
    await act(() => byTest('activate-console')!.click());
    await until(() => !!byTest('teach-status'), 'a status line');
    expect(byTest('teach-status')!.textContent).toBe(tt('teachDenied'));
    expect(scripting.filter((s) => s.startsWith('register') || s.startsWith('execute'))).toEqual([]);

    answer = true;
    await act(() => byTest('activate-console')!.click());
    await until(() => scripting.some((s) => s.startsWith('register')), 'registration once granted');
    expect(scripting).toContain('register:https://chat.example-shop.test/*');
  });
});

describe('TeachConsole on a supported console with no conversation open', () => {
  it('does not offer to teach it: it says no chat is open, with Re-teach only as a fallback', async () => {
    const url = 'https://im.jinritemai.com/pc_seller_v2/login';
    const snapshot = {
      consoleId: 'feige', consoleName: '抖店飞鸽', recognised: true, noConversation: true as const, url, conversationId: null,
      question: '', questionParts: [], previous: [], context: {}, hasInput: false, inputKind: 'unknown' as const, seq: 1, at: 0,
    };
    await act(() => render(<TeachConsole state={{ status: 'ready', tabId, snapshot }} t={createT('en')} />, root));
    await until(() => !!byTest('no-conversation'), 'the no-conversation notice');
    expect(byTest('no-conversation')!.textContent).toContain(tt('noConversation', { name: '抖店飞鸽' }));
    expect(byTest('teach-console')).toBeNull();
    expect(byTest('not-recognised')).toBeNull();
    expect(byTest('no-conversation-reteach')).not.toBeNull();
  });
});
