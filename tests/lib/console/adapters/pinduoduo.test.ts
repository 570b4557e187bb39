import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pinduoduo } from '@/lib/console/adapters/pinduoduo';
import { findAdapter } from '@/lib/console/adapters';
import { readConsole } from '@/lib/console/read';
import { MAX_MESSAGE_CHARS } from '@/lib/console/text';
import { hooks, loadFixture } from '../load-fixture';

describe('pinduoduo adapter on its fixture', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    loadFixture('pinduoduo');
    vi.advanceTimersByTime(1000); // the chat window mounts ~800 ms after load
  });
  afterEach(() => vi.useRealTimers());

  it('is chosen for the chat-merchant URL only', () => {
    expect(findAdapter('https://mms.pinduoduo.com/chat-merchant/index.html#/')?.id).toBe('pinduoduo');
    expect(findAdapter('https://mms.pinduoduo.com/goods/list')).toBeUndefined();
    expect(pinduoduo.input).toContain('textarea#replyTextarea');
  });

  it('reads the latest buyer question, skipping the robot reply, the product card and the system row', () => {
    const s = readConsole(document);
    expect(s.recognised).toBe(true);
    expect(s.consoleId).toBe('pinduoduo');
    expect(s.question).toBe('这款买三套有打折吗？');
    expect(s.questionParts).toEqual(['这款买三套有打折吗？']);
    // The robot answered "在吗？": it is an earlier question, not part of the burst.
    expect(s.previous).toEqual(['在吗？']);
    expect(s.nonText).toBeUndefined();
  });

  it('reads buyer name, order number, product card and conversation id', () => {
    const s = readConsole(document);
    expect(s.context).toEqual({ buyer: 'S*******n', order: '240908-301234567890123', product: '纯棉睡衣套装 女 春秋款 ¥59.90' });
    expect(s.conversationId).toBe('1000000000001');
    expect(s.hasInput).toBe(true);
    expect(s.inputKind).toBe('textarea');
  });

  it('skips seller replies after the question, and a new buyer message after a reply starts a new burst', () => {
    hooks().addSellerMessage('亲，三套可以打九折哦');
    expect(readConsole(document).question).toBe('这款买三套有打折吗？');
    hooks().addBuyerMessage('好的');
    hooks().addBuyerMessage('那包邮吗');
    const s = readConsole(document);
    expect(s.question).toBe('好的 那包邮吗');
    expect(s.questionParts).toEqual(['好的', '那包邮吗']);
    expect(s.previous).toEqual(['在吗？', '这款买三套有打折吗？']);
  });

  it("reads the shop's reply after the question as lastReply, capped like buyer text, never as the question", () => {
    expect(readConsole(document).lastReply).toBeUndefined();
    hooks().addSellerMessage('亲，三套可以打九折哦');
    let s = readConsole(document);
    expect(s.lastReply).toBe('亲，三套可以打九折哦');
    expect(s.question).toBe('这款买三套有打折吗？');
    hooks().addSellerMessage('好'.repeat(MAX_MESSAGE_CHARS + 500));
    s = readConsole(document);
    expect(s.lastReply).toHaveLength(MAX_MESSAGE_CHARS + 1);
    expect(s.lastReply?.endsWith('…')).toBe(true);
    expect(s.question).toBe('这款买三套有打折吗？');
  });

  it('reports an image as the newest buyer message', () => {
    hooks().addSellerMessage('亲，三套可以打九折哦');
    hooks().addBuyerMessage('', { image: true });
    const s = readConsole(document);
    expect(s.nonText).toBe('image');
    expect(s.question).toBe('');
  });

  it('reports a product card as the newest buyer message and reads the product from it', () => {
    hooks().addSellerMessage('亲，三套可以打九折哦');
    hooks().addBuyerMessage('', { card: '珊瑚绒睡袍 加厚 ¥79.00' });
    const s = readConsole(document);
    expect(s.nonText).toBe('card');
    expect(s.question).toBe('');
    expect(s.context.product).toBe('珊瑚绒睡袍 加厚 ¥79.00');
  });

  it('before the chat mounts it is Pinduoduo with no conversation open (nothing to teach)', () => {
    loadFixture('pinduoduo');
    const s = readConsole(document);
    expect(s.recognised).toBe(true);
    expect(s.noConversation).toBe(true);
    expect(s.consoleId).toBe('pinduoduo');
    expect(s.question).toBe('');
  });
});
