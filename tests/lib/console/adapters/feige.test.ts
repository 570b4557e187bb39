import { describe, expect, it, beforeEach } from 'vitest';
import { findAdapter } from '@/lib/console/adapters';
import { readConsole } from '@/lib/console/read';
import { hooks, loadFixture } from '../load-fixture';

describe('feige adapter on its fixture', () => {
  beforeEach(() => loadFixture('feige'));

  it('is chosen for the v2, desk and old workbench paths, not for unknown ones', () => {
    for (const path of ['/pc_seller_v2/main/workspace', '/pc_seller_desk_v2/main/workspace', '/pc_seller/']) {
      expect(findAdapter(`https://im.jinritemai.com${path}`)?.id).toBe('feige');
    }
    expect(findAdapter('https://im.jinritemai.com/pc_seller_v3/main/workspace')).toBeUndefined();
  });

  it('merges the burst "这个" + "什么时候发货" and skips the system row, seller bubble and card', () => {
    const s = readConsole(document);
    expect(s.recognised).toBe(true);
    expect(s.consoleId).toBe('feige');
    expect(s.question).toBe('这个 什么时候发货');
    expect(s.questionParts).toEqual(['这个', '什么时候发货']);
    expect(s.previous).toEqual(['在吗']);
  });

  it('reads buyer, order and product; the buyer name stands in for a conversation id', () => {
    const s = readConsole(document);
    expect(s.context).toEqual({ buyer: 'TK小学生', order: '6938471029384756102', product: '儿童保温杯 316不锈钢 带吸管 ￥89.00' });
    expect(s.conversationId).toBe('buyer:TK小学生');
    expect(s.inputKind).toBe('textarea');
  });

  it('without a card in the thread, reads the product from the side panel without its order number', () => {
    document.querySelector('.chatd-card-main')!.closest('[data-qa-id="qa-message-warpper"]')!.remove();
    const s = readConsole(document);
    expect(s.context.product).toBe('儿童保温杯 316不锈钢 带吸管 ￥89.00');
    expect(s.context.order).toBe('6938471029384756102');
  });

  it('with no conversation open (chat list only, loading, login page) it is still recognised as Feige', () => {
    document.querySelector('#workspace-chat')!.remove();
    const s = readConsole(document);
    expect(s).toMatchObject({ recognised: true, noConversation: true, consoleId: 'feige', consoleName: '抖店飞鸽', question: '', hasInput: false });
    document.body.innerHTML = '<form><input name="user"><input type="password"></form>';
    expect(readConsole(document)).toMatchObject({ recognised: true, noConversation: true, consoleId: 'feige' });
    // A path the adapter does not serve stays unrecognised (it may be a console that moved: teaching is offered).
    expect(readConsole(document, { url: () => 'https://im.jinritemai.com/pc_seller_v3/main' }).recognised).toBe(false);
  });

  it('treats a system notice with buyer-like markup as a notice', () => {
    hooks().switchConversation('c2', '悠然一刻', [
      { from: 'buyer', text: '可以退货吗' },
      { from: 'system', text: '用户超时未回复，系统关闭会话' },
    ]);
    const s = readConsole(document);
    expect(s.question).toBe('可以退货吗');
    expect(s.conversationId).toBe('buyer:悠然一刻');
  });

  it('keeps a buyer message that mentions a notice text (the buyer markup decides, not the words)', () => {
    for (const text of ['怎么一直显示机器人接待中？我要转人工，订单到底什么时候发', '不好意思我刚才撤回了一条消息，地址写错了，能改成北京吗']) {
      loadFixture('feige');
      hooks().addSellerMessage('亲，马上为您查询');
      hooks().addBuyerMessage(text);
      const s = readConsole(document);
      expect(s.question).toBe(text);
    }
  });

  it('still drops a notice text in a row without buyer or seller markup (its hashed class rotated)', () => {
    hooks().switchConversation('c4', '小李', [{ from: 'buyer', text: '可以退货吗' }, { from: 'system', text: '用户超时未回复，系统关闭会话' }]);
    for (const el of Array.from(document.querySelectorAll('.BqNO6cexAGBsZgUmEzIE'))) el.className = 'Zx81rotated';
    // The rotated notice is an unplaced row either way; what matters is that it is not read as the buyer's.
    expect(readConsole(document).question).toBe('可以退货吗');
  });

  it('reports an image as non-text when the buyer sends only an image after a reply', () => {
    hooks().switchConversation('c3', '小王', [
      { from: 'buyer', text: '有货吗' },
      { from: 'seller', text: '有的' },
      { from: 'buyer', image: true },
    ]);
    const s = readConsole(document);
    expect(s.nonText).toBe('image');
    expect(s.question).toBe('');
    expect(s.previous).toEqual(['有货吗']);
  });
});
