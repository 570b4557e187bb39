import { describe, expect, it, beforeEach } from 'vitest';
import { findAdapter } from '@/lib/console/adapters';
import { readConsole } from '@/lib/console/read';
import { hooks, loadFixture } from '../load-fixture';

describe('kuaishou adapter on its fixture (real Quill editor)', () => {
  beforeEach(() => loadFixture('kuaishou'));

  it('is chosen for any path of the IM host', () => {
    expect(findAdapter('https://im.kwaixiaodian.com/workbench')?.id).toBe('kuaishou');
    expect(findAdapter('https://im.kwaixiaodian.com/pc')?.id).toBe('kuaishou');
  });

  it('tells buyer from shop by the sender line and skips the auto-reply and centred cards', () => {
    const s = readConsole(document);
    expect(s.recognised).toBe(true);
    expect(s.consoleId).toBe('kuaishou');
    expect(s.question).toBe('我平时穿42的，这双鞋偏码吗');
    expect(s.previous).toEqual(['你好']);
  });

  it('reads the buyer without the 下单数 counter, the order card and the product card', () => {
    const s = readConsole(document);
    expect(s.context.buyer).toBe('小鹿乱撞');
    expect(s.context.order).toBe('2409081234567890');
    expect(s.context.product).toBe('男士透气跑步鞋 轻便减震 42码 ¥199.00');
    expect(s.conversationId).toBe('buyer:小鹿乱撞');
  });

  it('finds the Quill editor as the reply box', () => {
    const s = readConsole(document);
    expect(s.hasInput).toBe(true);
    expect(s.inputKind).toBe('quill');
  });

  it("reads the shop's reply (told by its sender line) as lastReply", () => {
    hooks().addSellerMessage('亲，这款偏大半码，建议拍41');
    const s = readConsole(document);
    expect(s.lastReply).toBe('亲，这款偏大半码，建议拍41');
    expect(s.question).toBe('我平时穿42的，这双鞋偏码吗');
  });

  it('follows a conversation switch to the new buyer', () => {
    hooks().switchConversation('ks-8823002', '阿木木', [
      { from: 'system', text: '[系统消息] 买家已进入会话' },
      '退款',
      '什么时候到账',
    ]);
    const s = readConsole(document);
    expect(s.context.buyer).toBe('阿木木');
    expect(s.question).toBe('退款 什么时候到账');
    expect(s.conversationId).toBe('buyer:阿木木');
  });
});
