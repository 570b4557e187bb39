import { describe, expect, it } from 'vitest';
import { cssIdent, elementFeatures, uniqueSelector } from '@/lib/console/teach/selectors';
import { isHashedToken, isStableId, isStableValue, moduleClassBases, stableClasses } from '@/lib/console/teach/stable';

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
