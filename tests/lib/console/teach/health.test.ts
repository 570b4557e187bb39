import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { consoleAdapters } from '@/lib/console/adapters';
import { mergeAdapters } from '@/lib/console/custom-adapters';
import { createConsoleReader, readConsole } from '@/lib/console/read';
import { deriveAdapter } from '@/lib/console/teach/derive';
import { healthOf, judgeHealth, nextHealthRecord } from '@/lib/console/teach/health';
import type { ConsoleSnapshot } from '@/lib/console/types';
import { watchConsole } from '@/lib/console/watch';
import { loadAny, mountNow } from './load';

const pinduoduo = consoleAdapters.find((a) => a.id === 'pinduoduo')!;

describe('adapter health in the reader', () => {
  it('a working adapter is healthy', () => {
    loadAny('pinduoduo', { runScripts: false });
    mountNow();
    const s = readConsole(document);
    expect(healthOf(s)).toEqual({ ok: true, adapterId: 'pinduoduo' });
    expect(s.consoleId).toBe('pinduoduo');
  });

  it('when the classes change: health says no buyer messages, and the layout detector reads the question', () => {
    loadAny('pinduoduo-changed', { runScripts: false });
    mountNow();
    const s = readConsole(document);
    expect(healthOf(s)).toEqual({ ok: false, adapterId: 'pinduoduo', reason: 'no-buyer-messages' });
    expect(s.recognised).toBe(true);
    expect(s.consoleId).toBe('generic');
    expect(s.consoleName).toBe('拼多多 · 通用识别');
    expect(s.question).toContain('这款买三套有打折吗？');
  });

  it('when only the list changed but the reply box still matches, the layout detector still takes over', () => {
    loadAny('pinduoduo-changed', { runScripts: false });
    mountNow();
    document.querySelector('textarea')!.id = 'replyTextarea';
    const s = readConsole(document);
    expect(healthOf(s)?.reason).toBe('no-buyer-messages');
    expect(s.question).toContain('这款买三套有打折吗？');
  });

  it('re-teaching heals it', () => {
    loadAny('pinduoduo-changed', { runScripts: false });
    mountNow();
    const texts = document.querySelectorAll('.text-content');
    const fixed = deriveAdapter({ buyer: texts[texts.length - 1]!, seller: texts[1]!, input: document.querySelector('textarea')! }, { host: 'mms.pinduoduo.com', base: pinduoduo }).adapter!;
    const s = readConsole(document, { adapters: mergeAdapters(consoleAdapters, [{ adapter: fixed, source: 'taught', savedAt: 1 }]) });
    expect(healthOf(s)).toEqual({ ok: true, adapterId: 'pinduoduo' });
    expect(s.consoleName).toBe('拼多多');
  });

  it('a page still loading (no chat yet) is not called broken', () => {
    loadAny('pinduoduo', { runScripts: false });
    const s = createConsoleReader(document).read().snapshot;
    expect(healthOf(s)?.ok).toBe(true);
    expect(s).toMatchObject({ recognised: true, noConversation: true });
  });

  it('judgeHealth: a missing reply box the layout detector finds', () => {
    expect(judgeHealth('x', { buyerRows: 2, hasInput: false }, { buyerRows: 2, hasInput: true })).toEqual({ ok: false, adapterId: 'x', reason: 'no-input' });
    expect(judgeHealth('x', { buyerRows: 0, hasInput: true }, { buyerRows: 0, hasInput: true })).toEqual({ ok: true, adapterId: 'x' });
    expect(judgeHealth('x', null, null)).toEqual({ ok: true, adapterId: 'x' });
  });
});

describe('health in the watcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('emits when the adapter starts failing on a live page', async () => {
    loadAny('pinduoduo', { runScripts: false });
    mountNow();
    const seen: ConsoleSnapshot[] = [];
    const w = watchConsole(document, (s) => seen.push(s));
    expect(healthOf(seen.at(-1))?.ok).toBe(true);
    // A deploy renames the bubble classes; the page re-renders its thread with the new markup.
    const list = document.querySelector('ul.msg-list')!;
    const next = list.cloneNode(true) as Element;
    for (const el of Array.from(next.querySelectorAll('.buyer-item'))) el.className = 'sender-buyer';
    list.replaceWith(next);
    await vi.advanceTimersByTimeAsync(1000);
    w.stop();
    expect(healthOf(seen.at(-1))).toMatchObject({ ok: false, reason: 'no-buyer-messages' });
  });
});

describe('health records for the options page', () => {
  const snap = (over: Partial<ConsoleSnapshot> & { health?: unknown } = {}) =>
    ({ consoleId: 'pinduoduo', consoleName: '拼多多', recognised: true, url: 'https://mms.pinduoduo.com/chat-merchant/', health: { ok: true, adapterId: 'pinduoduo' }, ...over }) as ConsoleSnapshot;

  it('is written only when something shown changes', () => {
    const first = nextHealthRecord(undefined, snap(), { lastQuestionAt: 10 }, 100)!;
    expect(first).toMatchObject({ consoleId: 'pinduoduo', host: 'mms.pinduoduo.com', recognised: true, ok: true, lastQuestionAt: 10 });
    expect(nextHealthRecord(first, snap(), { lastQuestionAt: 10 }, 200)).toBeNull();
    expect(nextHealthRecord(first, snap(), { lastQuestionAt: 10, lastInsertAt: 150 }, 200)).toMatchObject({ lastInsertAt: 150 });
    const broken = nextHealthRecord(first, snap({ consoleId: 'generic', consoleName: '拼多多 · 通用识别', health: { ok: false, adapterId: 'pinduoduo', reason: 'no-buyer-messages' } }), {}, 300)!;
    expect(broken).toMatchObject({ consoleId: 'pinduoduo', ok: false, reason: 'no-buyer-messages', lastQuestionAt: 10 });
  });

  it('pages read by the layout detector alone are filed by host', () => {
    const r = nextHealthRecord(undefined, snap({ consoleId: 'generic', health: undefined, url: 'https://chat.other.test/x' }), {}, 1)!;
    expect(r.consoleId).toBe('generic@chat.other.test');
  });
});
