import type { ConsoleAdapter } from '../types';

// Shopee Seller Centre webchat (React, virtualised list, hashed classes that rotate). Selectors: consoles.md §5
// (a bot's operations doc, Feb 2026). data-cy attributes first; hashed classes only as fallbacks.
// Not fixture-tested against anything but these selectors: treat as medium confidence.
export const shopee: ConsoleAdapter = {
  id: 'shopee',
  name: 'Shopee',
  hosts: [
    'seller.shopee.cn',
    'seller.shopee.co.id',
    'seller.shopee.com.my',
    'seller.shopee.ph',
    'seller.shopee.sg',
    'seller.shopee.co.th',
    'seller.shopee.com.br',
    'banhang.shopee.vn',
  ],
  paths: ['/webchat', '/portal/chat-management'],
  messageRow: ['#message-virtualized-list div.DEwekPN7v2', '#message-virtualized-list [data-cy^="webchat-message"]'],
  // "Anything that is not the seller's or a system row is the buyer": rows holding a message body.
  buyer: ['pre', '[class*="ssIhmxFOh6"]', 'img[src*="/packs/"]', '[data-cy^="webchat-message"]'],
  seller: ['[data-cy="webchat-message-send"]'],
  notBuyer: ['[data-cy="webchat-message-send"]', '[data-cy="webchat-message-system"]'],
  messageText: ['pre[class*="Fkk7VvR2qX"]', 'pre[class*="FTxHHZcaH8"]', 'div[class*="ssIhmxFOh6"]', 'pre'],
  input: ['textarea.E2MWg3w8y6', '.E2MWg3w8y6', '[data-cy*="webchat-input"] textarea', '[data-cy*="chat-input"] textarea'],
  buyerName: ['[data-cy*="conversation-header"] [class*="name"]', '[data-cy*="webchat-header"] [class*="name"]'],
  conversationId: ['?conversation_id'],
};
