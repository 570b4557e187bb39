import { describe, expect, it, beforeEach } from 'vitest';
import { findAdapter } from '@/lib/console/adapters';
import { readConsole } from '@/lib/console/read';
import { setUrl } from '../load-fixture';

// No fixture page for Xiaohongshu: a thread built from the selectors in consoles.md §14.
const page = `
<div class="vue-recycle-scroller ready direction-vertical">
  <div class="sx-contact-item active"><span class="d-text nick-name">奶茶不加糖</span><span class="content">这个色号显白吗</span></div>
  <div class="sx-contact-item"><span class="d-text nick-name">momo</span></div>
</div>
<div class="im-msg-list">
  <div class="im-msg-item left"><div class="card_container"><div class="card_bottom_title">柔雾哑光唇釉 #03 奶茶色</div></div></div>
  <div class="im-msg-item left" data-msg-type="text"><div class="text-message">你好[微笑]</div></div>
  <div class="im-msg-item right" data-msg-type="text"><div class="text-message">在的亲</div></div>
  <div class="im-msg-item left" data-msg-type="text"><div class="text-message">这个色号显白吗</div></div>
</div>
<textarea id="jarvis-reply-textarea"></textarea><div class="send_btn">发送</div>`;

describe('xiaohongshu adapter', () => {
  beforeEach(() => {
    setUrl('https://ark.xiaohongshu.com/app-im/chat');
    document.body.innerHTML = page;
  });

  it('is chosen for the ark host only', () => {
    expect(findAdapter('https://ark.xiaohongshu.com/app-im/chat')?.id).toBe('xiaohongshu');
    expect(findAdapter('https://www.xiaohongshu.com/explore')).toBeUndefined();
  });

  it('reads left rows as the buyer, the note card as the product, the contact as the buyer name', () => {
    const s = readConsole(document);
    expect(s.consoleId).toBe('xiaohongshu');
    expect(s.question).toBe('这个色号显白吗');
    expect(s.previous).toEqual(['你好[微笑]']);
    expect(s.context).toEqual({ buyer: '奶茶不加糖', product: '柔雾哑光唇釉 #03 奶茶色' });
    expect(s.conversationId).toBe('buyer:奶茶不加糖');
  });
});
