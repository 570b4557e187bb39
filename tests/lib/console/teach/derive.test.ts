import { describe, expect, it } from 'vitest';
import { parseAdapter } from '@/lib/console/adapter-schema';
import { consoleAdapters } from '@/lib/console/adapters';
import { mergeAdapters } from '@/lib/console/custom-adapters';
import { readConsole } from '@/lib/console/read';
import { deriveAdapter, inputElement, taughtId } from '@/lib/console/teach/derive';
import { fixtureOf, loadAny, mountNow } from './load';

const pinduoduo = consoleAdapters.find((a) => a.id === 'pinduoduo')!;
const HASHED = /css-1x2y3z|sc-abc123|a1B2c|k9Zt1|Qp0s7|4r5t6y|m-100\d|middlePanel_list_\d|nth-/;

function teachTaught() {
  loadAny('taught');
  return deriveAdapter(
    {
      buyer: document.querySelector('[data-msg-id="m-1003"] .Msg_text__Qp0s7')!,
      seller: document.querySelector('[data-msg-id="m-1002"] .Msg_text__Qp0s7')!,
      input: document.querySelector('[role="textbox"]')!,
    },
    { host: 'chat.example-mall.test', name: 'Example Mall' },
  );
}

describe('deriveAdapter on a console no built-in adapter knows', () => {
  it('builds a valid adapter from stable markup only (no hashed classes, no positions)', () => {
    const r = teachTaught();
    expect(r.problems).toEqual([]);
    const adapter = r.adapter!;
    expect(parseAdapter(adapter).ok).toBe(true);
    expect(adapter.id).toBe('taught-chat-example-mall-test');
    expect(adapter.hosts).toEqual(['chat.example-mall.test']);
    expect(adapter.buyer).toEqual(['[data-author="customer"]']);
    expect(adapter.seller).toEqual(['[data-author="store"]']);
    expect(adapter.messageRow[0]).toMatch(/^\[role="log"\] > article/);
    expect(adapter.input[0]).toBe('[role="textbox"]');
    expect(adapter.buyerName).toEqual(['[data-field="customer-name"]']);
    expect(JSON.stringify(adapter)).not.toMatch(HASHED);
    expect(r.buyerRows).toHaveLength(2);
    expect(r.sellerRows).toHaveLength(1);
  });

  it('the adapter reads the page: question, previous, buyer, reply box', () => {
    const adapter = teachTaught().adapter!;
    const s = readConsole(document, { adapters: mergeAdapters(consoleAdapters, [{ adapter, source: 'taught', savedAt: 1 }]) });
    expect(s.consoleId).toBe(fixtureOf('taught').consoleId);
    expect(s.question).toBe('Can I still change the size from M to L?');
    expect(s.previous).toEqual(['Hi, I ordered the linen shirt yesterday.']);
    expect(s.context.buyer).toBe('Maria Gonzalez');
    expect(s.inputKind).toBe('contenteditable');
  });

  it('keeps reading after the page re-renders its thread (new nodes, new message ids)', () => {
    const adapter = teachTaught().adapter!;
    const hooks = (window as unknown as { __console: { switchConversation(id: string, name: string, m: unknown[]): void } }).__console;
    hooks.switchConversation('c-1002', 'Ken Watanabe', [{ from: 'seller', text: 'Hi Ken' }, 'Is the blue one back in stock?']);
    const s = readConsole(document, { adapters: [adapter] });
    expect(s.question).toBe('Is the blue one back in stock?');
    expect(s.conversationId).toBe('buyer:Ken Watanabe');
  });
});

describe('deriveAdapter on Pinduoduo', () => {
  it('a console that moved to a new path: the re-taught adapter serves the new path too', () => {
    loadAny('pinduoduo-changed', { runScripts: false });
    mountNow();
    const texts = document.querySelectorAll('.text-content');
    const picks = { buyer: texts[texts.length - 1]!, seller: texts[1]!, input: document.querySelector('textarea')! };
    const moved = deriveAdapter(picks, { host: 'mms.pinduoduo.com', path: '/chat-merchant-v2/index.html', base: pinduoduo }).adapter!;
    expect(moved.paths).toEqual(['/chat-merchant', '/chat-merchant-v2']);
    const same = deriveAdapter(picks, { host: 'mms.pinduoduo.com', path: '/chat-merchant/index.html', base: pinduoduo }).adapter!;
    expect(same.paths).toEqual(['/chat-merchant']);
    // At the site root (hash-routed apps): the whole host.
    expect(deriveAdapter(picks, { host: 'mms.pinduoduo.com', path: '/', base: pinduoduo }).adapter!.paths).toBeUndefined();
  });

  it('re-teaching the changed page keeps the built-in id, hosts and paths, with new selectors', () => {
    loadAny('pinduoduo-changed', { runScripts: false });
    mountNow();
    const texts = document.querySelectorAll('.text-content');
    const r = deriveAdapter({ buyer: texts[texts.length - 1]!, seller: texts[1]!, input: document.querySelector('textarea')! }, { host: 'mms.pinduoduo.com', base: pinduoduo });
    const a = r.adapter!;
    expect(a.id).toBe('pinduoduo');
    expect(a.paths).toEqual(['/chat-merchant']);
    expect(a.messageRow[0]).toBe('[data-role="message-list"] > li.msg-line');
    expect(a.buyer).toEqual(['.sender-buyer']);
    expect(a.input[0]).toBe('[data-role="reply-input"]');
    const s = readConsole(document, { adapters: mergeAdapters(consoleAdapters, [{ adapter: a, source: 'taught', savedAt: 1 }]) });
    expect(s.consoleId).toBe('pinduoduo');
    expect(s.question).toBe('这款买三套有打折吗？');
    expect(s.previous).toEqual(['在吗？']);
  });

  it('on the original page finds the same marks the hand-written adapter uses', () => {
    loadAny('pinduoduo', { runScripts: false });
    mountNow();
    const texts = document.querySelectorAll('.msg-content-box');
    const a = deriveAdapter({ buyer: texts[texts.length - 1]!, seller: texts[1]!, input: document.querySelector('#replyTextarea')! }, { host: 'mms.pinduoduo.com' }).adapter!;
    expect(a.buyer).toEqual(['.buyer-item']);
    expect(a.seller?.[0]).toBe('.cs-item');
    expect(a.messageText).toEqual(['.msg-content-box']);
    expect(a.input[0]).toBe('textarea#replyTextarea');
  });
});

describe("selectors never hold the buyer's name or messages", () => {
  const page = (name: string) => `<header class="css-1abcde"><span data-field="customer-name">${name}</span></header>
<div class="css-9xk2qp" aria-label="Conversation with ${name}">
  <div class="css-7hg2ka" data-author="customer"><span class="css-q1w2e3">Hi, where is my parcel?</span></div>
  <div class="css-7hg2ka" data-author="store"><span class="css-q1w2e3">Let me check for you</span></div>
  <div class="css-7hg2ka" data-author="customer"><span class="css-q1w2e3">It was due Monday</span></div>
</div>
<div class="css-4r5t6y"><textarea class="css-0p9o8i" placeholder="Reply to ${name}…"></textarea><textarea class="css-notes1" placeholder="Internal note"></textarea></div>`;

  it('an aria-label or placeholder addressed to the buyer keeps only its stable start, and reads the next buyer', () => {
    document.body.innerHTML = page('Maria Gonzalez');
    const spans = document.querySelectorAll('span.css-q1w2e3');
    const r = deriveAdapter({ buyer: spans[2]!, seller: spans[1]!, input: document.querySelector('textarea') }, { host: 'x.test' });
    expect(r.problems).toEqual([]);
    expect(JSON.stringify(r.adapter)).not.toMatch(/Maria|Gonzalez/);
    expect(r.adapter!.messageRow[0]).toBe('[aria-label^="Conversation with"] > div');
    expect(r.adapter!.input[0]).toBe('[placeholder^="Reply to"]');

    document.body.innerHTML = page('Ken Watanabe');
    const s = readConsole(document, { adapters: [r.adapter!], url: () => 'https://x.test/' });
    expect(s.question).toBe('It was due Monday');
    expect(s.hasInput).toBe(true);
  });

  it("a Chinese console's header name in the list label and placeholder: presence or stable start only", () => {
    document.body.innerHTML = `<div class="chat-header"><span class="nickname">小王爱购物</span></div>
<ul class="css-9xk2qp" aria-label="小王爱购物的会话">
  <li class="msg" data-side="left"><p>这个什么时候发货</p></li>
  <li class="msg" data-side="right"><p>亲，48小时内发货</p></li>
  <li class="msg" data-side="left"><p>能开发票吗</p></li>
</ul>
<div class="css-4r5t6y"><textarea class="css-0p9o8i" placeholder="发送给 小王爱购物，使用Enter发送"></textarea></div>`;
    const ps = document.querySelectorAll('li p');
    const r = deriveAdapter({ buyer: ps[2]!, seller: ps[1]!, input: document.querySelector('textarea') }, { host: 'x.test' });
    expect(r.problems).toEqual([]);
    expect(JSON.stringify(r.adapter)).not.toContain('小王');
    expect(r.adapter!.messageRow[0]).toMatch(/^\[aria-label\] > li/);
  });
});

describe('deriveAdapter problems', () => {
  it('the same message picked twice', () => {
    loadAny('taught');
    const el = document.querySelector('[data-msg-id="m-1003"] .Msg_text__Qp0s7')!;
    const r = deriveAdapter({ buyer: el, seller: el, input: document.querySelector('[role="textbox"]') }, { host: 'x.test' });
    expect(r.adapter).toBeNull();
    expect(r.problems).toContain('same-message');
  });

  it('rows that differ only by layout cannot be told apart in markup', () => {
    document.body.innerHTML = `<main><div id="thread"><div class="row"><p>hi</p></div><div class="row"><p>hello</p></div><div class="row"><p>price?</p></div></div><textarea id="reply"></textarea></main>`;
    const ps = document.querySelectorAll('#thread p');
    const r = deriveAdapter({ buyer: ps[2]!, seller: ps[1]!, input: document.querySelector('#reply') }, { host: 'x.test' });
    expect(r.problems).toEqual(['no-sides']);
    expect(r.adapter).toBeNull();
  });

  it('a reply box that is not editable', () => {
    loadAny('taught');
    const r = deriveAdapter(
      { buyer: document.querySelector('[data-msg-id="m-1003"] span')!, seller: document.querySelector('[data-msg-id="m-1002"] span')!, input: document.querySelector('header') },
      { host: 'x.test' },
    );
    expect(r.problems).toContain('no-input');
    expect(r.adapter).toBeNull();
  });

  it('only the shop side marked: every other row is the buyer', () => {
    document.body.innerHTML = `<ul id="msgs"><li class="msg"><span>hi</span></li><li class="msg mine"><span>hello</span></li><li class="msg"><span>price?</span></li></ul><textarea id="reply"></textarea>`;
    const spans = document.querySelectorAll('#msgs span');
    const r = deriveAdapter({ buyer: spans[2]!, seller: spans[1]!, input: document.querySelector('#reply') }, { host: 'x.test' });
    expect(r.adapter?.buyer).toEqual(['*']);
    expect(r.adapter?.notBuyer).toEqual(['.mine']);
    expect(r.buyerRows).toHaveLength(2);
    expect(readConsole(document, { adapters: [r.adapter!], url: () => 'https://x.test/' }).question).toBe('price?');
  });
});

describe('only the shop side marked, with dividers and notices in the same list', () => {
  it('rows marked unlike the buyer row (a date, a transfer notice) are nobody\'s message', () => {
    document.body.innerHTML = `<div class="thread-header"><span class="contact-name">Maria</span></div>
<div class="message-list">
  <div class="msg"><div class="bubble"><span class="text">Hi, I ordered the linen shirt</span></div></div>
  <div class="msg msg-mine"><div class="bubble"><span class="text">Hello Maria, how can I help?</span></div></div>
  <div class="msg"><div class="bubble"><span class="text">Can I change the size from M to L?</span></div></div>
  <div class="msg msg-time"><span class="text">Today 14:02</span></div>
  <div class="msg msg-system"><span class="text">Chat was transferred to you by Amy</span></div>
  <div class="msg"><div class="divider" style="text-align: center">Yesterday</div></div>
</div>
<div class="composer"><textarea class="reply-input"></textarea><button>Send</button></div>`;
    const texts = document.querySelectorAll('.text');
    const r = deriveAdapter({ buyer: texts[2]!, seller: texts[1]!, input: document.querySelector('textarea') }, { host: 'x.test' });
    expect(r.adapter?.buyer).toEqual(['*']);
    expect(parseAdapter(r.adapter!).ok).toBe(true);
    // The last row is marked like the buyer's, but centred: what is inside it tells it apart.
    expect(r.adapter?.notBuyer).toEqual(['.msg-mine', '.msg-time', '.msg-system', '.divider']);
    expect(r.buyerRows.map((row) => row.textContent!.trim())).toEqual(['Hi, I ordered the linen shirt', 'Can I change the size from M to L?']);
    const s = readConsole(document, { adapters: [r.adapter!], url: () => 'https://x.test/' });
    expect(s.question).toBe('Can I change the size from M to L?');
    expect(s.previous).toEqual(['Hi, I ordered the linen shirt']);
  });
});

describe('helpers', () => {
  it('the reply box under a click: the editing host, not its inner paragraph; the editor inside a wrapper', () => {
    document.body.innerHTML = `<div id="wrap"><div contenteditable="true" id="ed"><p><span id="inner">x</span></p></div></div>`;
    expect(inputElement(document.querySelector('#inner'))?.id).toBe('ed');
    expect(inputElement(document.querySelector('#wrap'))?.id).toBe('ed');
    expect(inputElement(null)).toBeNull();
  });

  it('taught ids are slugs of the host', () => {
    expect(taughtId('Chat.Example-Mall.test')).toBe('taught-chat-example-mall-test');
    expect(parseAdapter({ id: taughtId('a.b'), name: 'x', hosts: ['a.b'], messageRow: ['li'], buyer: [], input: ['textarea'] }).ok).toBe(true);
  });
});
