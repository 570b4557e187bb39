import { describe, expect, it } from 'vitest';
import { cssIdent, elementFeatures, uniqueSelector } from '@/lib/console/teach/selectors';
import { conversationStart, isHashedToken, isStableId, isStableValue, moduleClassBases, stableAttributes, stableClasses } from '@/lib/console/teach/stable';

describe('hashed class names', () => {
  it('recognises generated names', () => {
    for (const c of ['iD7SHBvMhm4OhfCsBGr1', 'css-1x2y3z', 'sc-abc123', 'sc-bdVaJa', 'E2MWg3w8y6', 'DEwekPN7v2', 'Msg_item__a1B2c', 'jsx-2481736', 'msg_1790317002572', 'a8f3k2b9', 'emotion-0']) {
      expect(isHashedToken(c), c).toBe(true);
    }
  });

  it('keeps names people wrote', () => {
    for (const c of ['buyer-item', 'msg-content-box', 'messageNotMe', 'chatd-bubble-main--other', 'onemsg', 'system-msg-31', 'ql-editor', 'reply-box', 'col-6', 'h2']) {
      expect(isHashedToken(c), c).toBe(false);
    }
  });

  it('drops hashed and state classes, keeps CSS-module bases', () => {
    const el = document.createElement('div');
    el.className = 'sc-abc123 Msg_item__a1B2c bubble active is-selected from-buyer css-9q8w7e';
    expect(stableClasses(el)).toEqual(['bubble', 'from-buyer']);
    expect(moduleClassBases(el)).toEqual(['Msg_item__']);
  });

  it('ids and attribute values that count, not ones that number', () => {
    expect(isStableId('replyTextarea')).toBe(true);
    expect(isStableId('middlePanel_list_1790317002572')).toBe(false);
    expect(isStableId(':r1:')).toBe(false);
    expect(isStableValue('customer')).toBe(true);
    expect(isStableValue('chat.chatroom.message_card')).toBe(true);
    expect(isStableValue('m-1001')).toBe(false);
    expect(isStableValue('3f2a9c1e-77aa-4b1e-9c0d-1234567890ab')).toBe(false);
  });
});

describe('selectors from stable features', () => {
  it('prefers ids, then test/data attributes and roles, then classes; never positions', () => {
    document.body.innerHTML = `<section class="css-1x2y3z" role="log"><article class="sc-abc123 msg" data-author="customer" data-msg-id="m-1001">x</article></section>`;
    const article = document.querySelector('article')!;
    const sels = elementFeatures(article).map((f) => f.selector);
    expect(sels[0]).toBe('[data-author="customer"]');
    expect(sels).toContain('[data-msg-id]');
    expect(sels).toContain('.msg');
    expect(sels.join(' ')).not.toMatch(/sc-abc123|nth-|m-1001/);
    expect(uniqueSelector(document.querySelector('section')!)).toBe('[role="log"]');
  });

  it('anchors an element without features of its own under a named ancestor', () => {
    document.body.innerHTML = `<div id="composer"><div><textarea></textarea></div></div><textarea></textarea>`;
    const ta = document.querySelector('#composer textarea')!;
    const sel = uniqueSelector(ta)!;
    expect(sel).toBe('#composer textarea');
    expect(document.querySelectorAll(sel)).toHaveLength(1);
  });

  it('returns null rather than a positional selector when nothing is stable', () => {
    document.body.innerHTML = `<div class="css-aaa111"><span class="sc-x1y2z3">a</span><span class="sc-x1y2z3">b</span></div>`;
    expect(uniqueSelector(document.querySelectorAll('span')[1]!)).toBeNull();
  });

  it('escapes identifiers', () => {
    expect(cssIdent('a:b')).toBe('a\\:b');
    expect(cssIdent('1abc')).toBe('\\31 abc');
  });
});

describe('attribute values that name the open conversation', () => {
  const page = { names: ['Maria Gonzalez', 'TK小学生'], texts: ['Hi, where is my parcel?', '这个什么时候发货'] };

  it("finds where the buyer's name, a message, a counter or an addressee starts", () => {
    expect(conversationStart('Conversation with Maria Gonzalez', 'aria-label', page)).toBe(18);
    expect(conversationStart('Chat with Maria', 'aria-label', page)).toBe(10);
    expect(conversationStart('发送给 TK小学生，使用Enter 发送消息', 'placeholder', page)).toBe(4);
    expect(conversationStart('Message: Hi, where is my parcel?', 'aria-label', page)).toBe(9);
    expect(conversationStart('Hi, where is my…', 'aria-label', page)).toBe(0);
    expect(conversationStart('3 unread messages', 'aria-label')).toBe(0);
    expect(conversationStart('Reply to Ken…', 'placeholder')).toBe(9);
    // Names are whole words: "Al" is not in "normal"; kinds stay usable.
    expect(conversationStart('normal', 'data-type', { names: ['Al'] })).toBe(-1);
    expect(conversationStart('customer', 'data-author', page)).toBe(-1);
    expect(conversationStart('Type a message', 'placeholder', page)).toBe(-1);
  });

  it('keeps a stable start as a prefix, else only the presence', () => {
    const el = document.createElement('div');
    el.setAttribute('aria-label', 'Conversation with Maria Gonzalez');
    el.setAttribute('data-buyer', 'Maria Gonzalez');
    const attrs = stableAttributes(el, page);
    expect(attrs).toContainEqual({ name: 'aria-label', value: 'Conversation with', prefix: true, weight: 3 });
    expect(attrs).toContainEqual({ name: 'data-buyer', weight: 4 });
    expect(elementFeatures(el, page).map((f) => f.selector)).toEqual(['[data-buyer]', '[aria-label^="Conversation with"]']);
  });
});
