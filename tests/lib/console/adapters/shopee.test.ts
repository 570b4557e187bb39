import { describe, expect, it, beforeEach } from 'vitest';
import { findAdapter } from '@/lib/console/adapters';
import { readConsole } from '@/lib/console/read';
import { setUrl } from '../load-fixture';

// No fixture page for Shopee: a thread built from the selectors in consoles.md §5 (virtualised list whose
// rows are absolutely positioned and not in display order).
const thread = `
<div id="message-virtualized-list" style="position:relative">
  <div><div class="DEwekPN7v2" style="position:absolute;top:240px"><div data-cy="webchat-message-send"><pre class="Fkk7VvR2qX">Hi, yes it is in stock!</pre></div></div></div>
  <div><div class="DEwekPN7v2" style="position:absolute;top:0px"><pre class="FTxHHZcaH8">Hello, is the blue one in stock?</pre></div></div>
  <div><div class="DEwekPN7v2" style="position:absolute;top:120px"><div data-cy="webchat-message-system">Chat is protected by Shopee Guarantee</div></div></div>
  <div><div class="DEwekPN7v2" style="position:absolute;top:360px"><pre class="FTxHHZcaH8">Can you ship today?</pre></div></div>
</div>
<textarea class="E2MWg3w8y6"></textarea>`;

describe('shopee adapter', () => {
  beforeEach(() => {
    setUrl('https://seller.shopee.com.my/webchat/conversations?conversation_id=88112233');
    document.body.innerHTML = thread;
  });

  it('is chosen for webchat on the seller hosts only', () => {
    expect(findAdapter('https://seller.shopee.co.th/webchat/conversations')?.id).toBe('shopee');
    expect(findAdapter('https://banhang.shopee.vn/portal/chat-management')?.id).toBe('shopee');
    expect(findAdapter('https://seller.shopee.com.my/portal/product/list')).toBeUndefined();
  });

  it('orders virtualised rows by position and reads the newest buyer row', () => {
    const s = readConsole(document);
    expect(s.consoleId).toBe('shopee');
    expect(s.question).toBe('Can you ship today?');
    expect(s.previous).toEqual(['Hello, is the blue one in stock?']);
  });

  it('takes the conversation id from the URL', () => {
    expect(readConsole(document).conversationId).toBe('88112233');
    expect(readConsole(document).inputKind).toBe('textarea');
  });
});
