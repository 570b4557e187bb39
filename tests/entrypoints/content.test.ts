import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import content from '@/entrypoints/content';
import { consoleMatchPatterns } from '@/lib/console/hosts';
import type { ConsoleSnapshot, InsertResult } from '@/lib/console/types';
import { hooks, loadFixture } from '../lib/console/load-fixture';

describe('content script', () => {
  let ctx: ContentScriptContext;
  let snapshots: ConsoleSnapshot[];

  beforeEach(() => {
    fakeBrowser.reset();
    snapshots = [];
    // Stands in for the side panel: collects what the content script reports.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { type?: string; data?: { snapshot?: ConsoleSnapshot } };
      if (m.type === 'console/snapshot' && m.data?.snapshot) snapshots.push(m.data.snapshot);
      return undefined;
    });
  });
  afterEach(() => ctx?.abort());

  it('runs at document_idle on exactly the console match patterns', () => {
    expect(content.matches).toEqual(consoleMatchPatterns);
    expect(content.runAt).toBe('document_idle');
  });

  it('reports a snapshot, answers get-snapshot, and inserts on request', async () => {
    loadFixture('feige');
    ctx = new ContentScriptContext('content');
    await content.main(ctx);

    await vi.waitFor(() => expect(snapshots.length).toBeGreaterThan(0));
    expect(snapshots[0]).toMatchObject({ consoleId: 'feige', recognised: true, question: '这个 什么时候发货', seq: 1 });

    const fresh = (await fakeBrowser.runtime.sendMessage({ type: 'console/get-snapshot', data: {} })) as ConsoleSnapshot;
    expect(fresh).toMatchObject({ question: '这个 什么时候发货', conversationId: 'buyer:TK小学生' });

    const result = (await fakeBrowser.runtime.sendMessage({
      type: 'console/insert',
      data: { text: '亲，今天下单明天发货哦', conversationId: fresh.conversationId, seq: fresh.seq },
    })) as InsertResult;
    expect(result).toEqual({ ok: true, kind: 'textarea' });
    expect(hooks().model()).toBe('亲，今天下单明天发货哦');
  });

  it('sends a new snapshot when the buyer writes again, and refuses an insert for the previous conversation', async () => {
    loadFixture('feige');
    ctx = new ContentScriptContext('content');
    await content.main(ctx);
    await vi.waitFor(() => expect(snapshots.length).toBe(1));
    const shown = snapshots[0]!;

    hooks().switchConversation('c2', '悠然一刻', ['可以退货吗']);
    await vi.waitFor(() => expect(snapshots.length).toBe(2));
    expect(snapshots[1]).toMatchObject({ question: '可以退货吗', conversationId: 'buyer:悠然一刻', seq: 2 });

    const result = (await fakeBrowser.runtime.sendMessage({
      type: 'console/insert',
      data: { text: '亲，今天发货', conversationId: shown.conversationId },
    })) as InsertResult;
    expect(result).toMatchObject({ ok: false, reason: 'conversation-changed' });
    expect(hooks().model()).toBe('');
  });

  it('stops listening once its context is invalidated', async () => {
    loadFixture('feige');
    ctx = new ContentScriptContext('content');
    await content.main(ctx);
    await vi.waitFor(() => expect(snapshots.length).toBe(1));
    ctx.abort();
    hooks().addBuyerMessage('还在吗');
    await new Promise((r) => setTimeout(r, 300));
    expect(snapshots.length).toBe(1);
    await expect(fakeBrowser.runtime.sendMessage({ type: 'console/get-snapshot', data: {} })).resolves.toBeUndefined();
  });
});
