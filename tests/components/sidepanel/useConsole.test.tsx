import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useConsole, type ConsoleState } from '@/components/sidepanel/useConsole';
import type { ConsoleSnapshot } from '@/lib/console/types';

// The panel (not bound by ?tab=) follows the active tab of its own window: the real side panel has no tab of
// its own, so this is what an agent switching between console tabs sees. The content scripts' answers are
// stood in for by tabs.sendMessage; useConsole itself runs unmodified on WXT's fake browser (windows, tab and
// runtime events).

const snap = (consoleName: string, question: string): ConsoleSnapshot => ({
  consoleId: 'pinduoduo', consoleName, recognised: true, url: 'https://mms.pinduoduo.com/chat-merchant/index.html',
  conversationId: consoleName, question, questionParts: [question], previous: [], context: {}, hasInput: true,
  inputKind: 'textarea', seq: 1, at: 0,
});

let state: ConsoleState | undefined;
function Probe() {
  state = useConsole().state;
  return null;
}

let root: HTMLElement;
const answers = new Map<number, ConsoleSnapshot>();

beforeEach(() => {
  fakeBrowser.reset();
  answers.clear();
  state = undefined;
  // A tab without a content script rejects, as Chrome does ("Receiving end does not exist").
  (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async (tabId: number) => {
    const s = answers.get(tabId);
    if (!s) throw new Error('Could not establish connection. Receiving end does not exist.');
    return s;
  };
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

let nextTab = 2;
/** A focused window whose active tab is `first` (the fake browser cannot mark a created tab active, so
 * tabs.query answers for the active tab of a window; everything else is the fake browser's own). */
async function openTabs() {
  const win = await fakeBrowser.windows.create({ focused: true });
  const first = nextTab++;
  (fakeBrowser.tabs as { query: unknown }).query = async (q: { active?: boolean; windowId?: number }) =>
    q.active && q.windowId === win.id ? [{ id: first, windowId: win.id, active: true }] : [];
  return { win, first };
}
const newTab = () => nextTab++;

describe('useConsole without ?tab=', () => {
  it('shows the active tab of its window, then follows the agent to another console tab', async () => {
    const { win, first } = await openTabs();
    answers.set(first, snap('拼多多 A', '什么时候发货'));
    await act(() => render(<Probe />, root));
    await vi.waitFor(() => expect(state).toMatchObject({ status: 'ready', tabId: first, snapshot: { question: '什么时候发货' } }));

    const second = newTab();
    answers.set(second, snap('拼多多 B', '可以退款吗'));
    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: second, windowId: win.id!, previousTabId: first });
    });
    await vi.waitFor(() => expect(state).toMatchObject({ status: 'ready', tabId: second, snapshot: { question: '可以退款吗' } }));
  });

  it('ignores tabs activated in other windows, and says so when the tab has no console', async () => {
    const { win, first } = await openTabs();
    answers.set(first, snap('拼多多 A', '什么时候发货'));
    await act(() => render(<Probe />, root));
    await vi.waitFor(() => expect(state).toMatchObject({ status: 'ready', tabId: first }));

    const other = await fakeBrowser.windows.create({ focused: false });
    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 999, windowId: other.id!, previousTabId: undefined });
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(state).toMatchObject({ status: 'ready', tabId: first });

    const plain = newTab();
    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: plain, windowId: win.id!, previousTabId: first });
    });
    await vi.waitFor(() => expect(state).toMatchObject({ status: 'no-console', tabId: plain }));
  });

  it('a snapshot pushed by the shown tab updates the panel; one from another tab does not', async () => {
    const { first } = await openTabs();
    answers.set(first, snap('拼多多 A', '什么时候发货'));
    await act(() => render(<Probe />, root));
    await vi.waitFor(() => expect(state).toMatchObject({ status: 'ready', tabId: first }));
    const push = (tabId: number, s: ConsoleSnapshot) =>
      act(async () => {
        await fakeBrowser.runtime.onMessage.trigger({ type: 'console/snapshot', data: { snapshot: s } }, { tab: { id: tabId } } as never);
      });
    await push(first + 100, snap('其他', '别的标签页'));
    expect(state).toMatchObject({ snapshot: { question: '什么时候发货' } });
    await push(first, snap('拼多多 A', '我要退货'));
    await vi.waitFor(() => expect(state).toMatchObject({ snapshot: { question: '我要退货' } }));
  });
});
