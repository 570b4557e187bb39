import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_MESSAGE_CHARS } from '@/lib/console/text';
import type { ConsoleSnapshot } from '@/lib/console/types';
import { watchConsole, type ConsoleWatcher } from '@/lib/console/watch';
import { hooks, loadFixture } from './load-fixture';

let watcher: ConsoleWatcher | undefined;
let seen: ConsoleSnapshot[];

function start() {
  seen = [];
  watcher = watchConsole(document, (s) => seen.push(s));
}
const last = () => seen[seen.length - 1]!;
/** Let the observer deliver and the debounce fire. */
const settle = () => vi.advanceTimersByTimeAsync(1000);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  watcher?.stop();
  watcher = undefined;
  vi.useRealTimers();
});

describe('watchConsole', () => {
  it('copes with a chat that mounts after the script started', async () => {
    loadFixture('pinduoduo');
    start();
    expect(seen).toHaveLength(1);
    expect(last()).toMatchObject({ recognised: true, noConversation: true, seq: 1, question: '' });
    await settle(); // mounts at ~800 ms
    expect(last()).toMatchObject({ recognised: true, seq: 2, question: '这款买三套有打折吗？', conversationId: '1000000000001' });
    expect(last().noConversation).toBeUndefined();
  });

  it('a chat that mounts while the layout scan backs off is read when the back-off ends, with no further change', async () => {
    // Pinduoduo with changed classes: only the layout scan can read it. The first scan (at start) misses;
    // the chat mounts ~800 ms later, inside the back-off, and then the page is quiet.
    loadFixture('pinduoduo-changed');
    start();
    expect(last()).toMatchObject({ noConversation: true });
    await vi.advanceTimersByTimeAsync(950);
    expect(document.querySelector('ul.message-list')).not.toBeNull();
    expect(last()).toMatchObject({ noConversation: true });
    await vi.advanceTimersByTimeAsync(200);
    expect(last()).toMatchObject({ recognised: true, health: { ok: false, reason: 'no-buyer-messages' } });
    expect(last().question).toContain('这款买三套有打折吗？');
  });

  it('re-queries a list node the framework replaced', async () => {
    loadFixture('pinduoduo');
    await settle();
    start();
    hooks().switchConversation('1000000000002', 'X*K', ['什么时候发货呀']);
    await settle();
    expect(last()).toMatchObject({ conversationId: '1000000000002', question: '什么时候发货呀', context: { buyer: 'X*K' } });
    hooks().addBuyerMessage('急用');
    await settle();
    expect(last().question).toBe('什么时候发货呀 急用');
  });

  it('emits on a conversation switch even when the texts repeat', async () => {
    loadFixture('feige');
    start();
    const before = last();
    hooks().switchConversation('c2', '悠然一刻', [
      { from: 'buyer', text: '在吗' },
      { from: 'seller', text: '您好，在的，请问有什么可以帮您？' },
      { from: 'buyer', text: '这个' },
      { from: 'buyer', text: '什么时候发货' },
    ]);
    await settle();
    expect(last().question).toBe(before.question);
    expect(last().conversationId).toBe('buyer:悠然一刻');
    expect(last().seq).toBe(before.seq + 1);
  });

  it('merges a burst of short buyer messages, at most three', async () => {
    loadFixture('tiktok');
    start();
    hooks().addSellerMessage('Sure, let me check.');
    for (const text of ['hello?', 'are you there', 'the blue one', 'size M']) hooks().addBuyerMessage(text);
    await settle();
    expect(last().questionParts).toEqual(['are you there', 'the blue one', 'size M']);
    expect(last().question).toBe('are you there the blue one size M');
    expect(last().previous.slice(-1)).toEqual(['hello?']);
  });

  it('flags an image-only message and an empty one', async () => {
    loadFixture('pinduoduo');
    await settle();
    start();
    hooks().addSellerMessage('亲，有的');
    hooks().addBuyerMessage('', { image: true });
    await settle();
    expect(last()).toMatchObject({ nonText: 'image', question: '' });
    hooks().addBuyerMessage('   ');
    await settle();
    expect(last()).toMatchObject({ nonText: 'empty', question: '' });
  });

  it('caps a 10,000-character message and says so', async () => {
    loadFixture('tiktok');
    start();
    hooks().addSellerMessage('ok');
    hooks().addBuyerMessage('长'.repeat(10_000));
    await settle();
    expect(last().truncated).toBe(true);
    expect(last().question.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 1);
    expect(last().question.endsWith('…')).toBe(true);
  });

  it('keeps emoji-only messages as they are', async () => {
    loadFixture('feige');
    start();
    hooks().addSellerMessage('好的');
    hooks().addBuyerMessage('😂😂👍');
    await settle();
    expect(last().question).toBe('😂😂👍');
  });

  it('stays quiet when nothing meaningful changed', async () => {
    loadFixture('feige');
    start();
    const count = seen.length;
    // A timer ticking in the conversation list, and the agent typing into the reply box.
    document.querySelector('.timerParticular-x3')!.textContent = '46秒';
    const ta = document.querySelector('textarea')!;
    ta.value = '正在输入';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(seen.length).toBe(count);
    expect(watcher!.refresh().snapshot.seq).toBe(count);
  });

  it('reads the last rendered buyer row of a virtualised list', async () => {
    loadFixture('unknown');
    start();
    // A virtual list drops the rows scrolled out of view and renders the new ones.
    const feed = document.querySelector('.feed')!;
    feed.firstElementChild!.remove();
    hooks().addBuyerMessage('还有别的颜色吗');
    await settle();
    expect(last().question).toBe('那我身高160体重50穿M可以吗 还有别的颜色吗');
    expect(last().previous).toEqual([]);
  });

  it('stops emitting once stopped', async () => {
    loadFixture('feige');
    start();
    const count = seen.length;
    watcher!.stop();
    hooks().addBuyerMessage('还在吗');
    await settle();
    expect(seen.length).toBe(count);
  });
});
