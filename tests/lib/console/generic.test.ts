import { describe, expect, it } from 'vitest';
import { detectGenericChat } from '@/lib/console/generic';
import { readConsole } from '@/lib/console/read';
import type { ConsoleAdapter } from '@/lib/console/types';
import { hooks, loadFixture, setUrl } from './load-fixture';

describe('generic chat-layout fallback', () => {
  it('reads the unknown-markup fixture from its layout alone', () => {
    loadFixture('unknown');
    const s = readConsole(document);
    expect(s.recognised).toBe(true);
    expect(s.consoleId).toBe('generic');
    expect(s.question).toBe('那我身高160体重50穿M可以吗');
    expect(s.previous).toEqual(['你好，我想问下这条连衣裙有没有M码']);
    expect(s.context).toEqual({ buyer: '林小姐', order: '5129384756201' });
    expect(s.conversationId).toBe('buyer:林小姐');
    expect(s.hasInput).toBe(true);
    expect(s.inputKind).toBe('textarea');
  });

  it('does not take the conversation sidebar or the search box for the chat', () => {
    loadFixture('unknown');
    const chat = detectGenericChat(document);
    expect(chat?.list.className).toBe('feed');
    expect(chat?.input?.target.tagName).toBe('TEXTAREA');
  });

  it('names the console by host when a known host shows unknown markup', () => {
    loadFixture('unknown', { url: 'https://im.kwaixiaodian.com/pc/next' });
    const s = readConsole(document);
    expect(s.consoleId).toBe('generic');
    expect(s.consoleName).toBe('快手小店 · 通用识别');
    expect(s.recognised).toBe(true);
  });

  it('finds the new list after the page replaced it, and the new buyer', () => {
    loadFixture('unknown');
    hooks().switchConversation('c2', '陈先生', [{ from: 'seller', text: '您好' }, '好的谢谢']);
    const s = readConsole(document);
    expect(s.question).toBe('好的谢谢');
    expect(s.conversationId).toBe('buyer:陈先生');
  });

  it('uses class words when there is no layout or style to go by', () => {
    setUrl('https://im.jinritemai.com/pc_seller_v3/');
    document.head.innerHTML = '';
    document.body.innerHTML = `
      <div class="thread">
        <div class="msg msg-incoming"><p>请问可以开发票吗</p></div>
        <div class="msg msg-outgoing"><p>可以的</p></div>
        <div class="msg msg-incoming"><p>开公司抬头</p></div>
      </div>
      <div contenteditable="true" class="composer"></div>`;
    const s = readConsole(document);
    expect(s.recognised).toBe(true);
    expect(s.question).toBe('开公司抬头');
    expect(s.inputKind).toBe('contenteditable');
  });

  it('prefers a two-sided thread over a bigger one-sided list (a product sidebar)', () => {
    setUrl('https://im.jinritemai.com/pc_seller_v3/');
    document.head.innerHTML = '<style>.p{text-align:left}.m{display:flex}.m.o{justify-content:flex-end}</style>';
    const products = Array.from({ length: 40 }, (_, i) => `<div class="p"><span>商品${i}</span><span>¥${i}.00</span></div>`).join('');
    document.body.innerHTML = `
      <div class="side">${products}</div>
      <div class="main">
        <div class="thread"><div class="m"><span>有优惠券吗</span></div><div class="m o"><span>有的亲</span></div><div class="m"><span>怎么领</span></div></div>
        <textarea></textarea>
      </div>`;
    expect(detectGenericChat(document)?.list.className).toBe('thread');
    expect(readConsole(document).question).toBe('怎么领');
  });

  it('says "not recognised" on a page with nothing chat-like', () => {
    setUrl('https://im.jinritemai.com/pc_seller_v3/settings');
    document.head.innerHTML = '';
    document.body.innerHTML = `
      <nav><a href="#">首页</a><a href="#">设置</a></nav>
      <ul><li>自动回复设置</li><li>快捷短语</li><li>客服分组</li></ul>
      <input type="text" placeholder="搜索设置">`;
    const s = readConsole(document);
    expect(s.recognised).toBe(false);
    expect(s.question).toBe('');
    expect(s.hasInput).toBe(false);
  });
});

describe('adapter isolation', () => {
  it('a throwing adapter or an invalid selector does not break reading', () => {
    loadFixture('feige');
    const throwing = {
      id: 'broken',
      name: 'Broken',
      hosts: ['im.jinritemai.com'],
      paths: ['/pc_seller_v2'],
      get messageRow(): string[] {
        throw new Error('boom');
      },
      buyer: [],
      input: [],
    } as ConsoleAdapter;
    const invalid: ConsoleAdapter = { id: 'invalid', name: 'Invalid', hosts: ['example.test'], messageRow: ['::nope('], buyer: ['>>>'], input: ['[[['] };
    // The broken adapter claims the URL first: the page is still read, by the generic fallback.
    const s = readConsole(document, { adapters: [throwing, invalid] });
    expect(s.recognised).toBe(true);
    expect(s.consoleId).toBe('generic');
    expect(s.question).toBe('这个 什么时候发货');
    // The centred product card and the robot notice are not taken for buyer messages.
    expect(s.previous).toEqual(['在吗']);
  });
});
