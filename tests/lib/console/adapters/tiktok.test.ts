import { describe, expect, it, beforeEach } from 'vitest';
import { findAdapter } from '@/lib/console/adapters';
import { readConsole } from '@/lib/console/read';
import { hooks, loadFixture } from '../load-fixture';

describe('tiktok adapter on its fixture', () => {
  beforeEach(() => loadFixture('tiktok'));

  it('is chosen for seller-center chat URLs only', () => {
    expect(findAdapter('https://seller-us.tiktok.com/chat/inbox/current?shop_region=US')?.id).toBe('tiktok');
    expect(findAdapter('https://seller.tiktokshopglobalselling.com/chat/inbox/current')?.id).toBe('tiktok');
    expect(findAdapter('https://seller-us.tiktok.com/order')).toBeUndefined();
    expect(findAdapter('https://www.tiktok.com/chat')).toBeUndefined();
  });

  it('merges the two latest buyer bubbles and skips the seller bubble, system row and cards', () => {
    const s = readConsole(document);
    expect(s.recognised).toBe(true);
    expect(s.consoleId).toBe('tiktok');
    expect(s.question).toBe('when will it ship? I need them before Friday');
    expect(s.previous).toEqual(['Hi! I ordered these earbuds 5 days ago 🙂']);
  });

  it('reads buyer, order, product and the open conversation id', () => {
    const s = readConsole(document);
    expect(s.context).toEqual({ buyer: 'emma_w', order: '577123456789012345', product: 'Wireless Earbuds Pro, Noise Cancelling $39.99' });
    expect(s.conversationId).toBe('chat-room-conversation-list-item-7421000000000000001');
  });

  it('finds the contenteditable composer next to the send button', () => {
    const s = readConsole(document);
    expect(s.hasInput).toBe(true);
    expect(s.inputKind).toBe('contenteditable');
  });

  it('keeps an emoji-only message as it is', () => {
    hooks().addSellerMessage('It ships tomorrow!');
    hooks().addBuyerMessage('👍🙏');
    expect(readConsole(document).question).toBe('👍🙏');
  });
});
