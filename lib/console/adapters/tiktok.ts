import type { ConsoleAdapter } from '../types';

// TikTok Shop Seller Center chat (React + ByteDance chatd kit). Selectors: consoles.md §3 (a live CDP bridge).
// The composer is only known as "the editable element near #chat-input-send-button": findReplyBox walks
// up from the send button when the input selectors miss. Open-card, order-card and product-card selectors
// beyond the evidence are guesses.
export const tiktok: ConsoleAdapter = {
  id: 'tiktok',
  name: 'TikTok Shop',
  hosts: [
    'seller-us.tiktok.com',
    'seller-uk.tiktok.com',
    'seller-vn.tiktok.com',
    'seller-th.tiktok.com',
    'seller-my.tiktok.com',
    'seller-ph.tiktok.com',
    'seller-sg.tiktok.com',
    'seller.tiktokshopglobalselling.com',
    'seller-id.tokopedia.com',
  ],
  paths: ['/chat'],
  messageRow: ['[data-testid="chat.chatroom.message_card"]'],
  buyer: ['.chatd-bubble-main--other'],
  seller: ['[class*="chatd-bubble-main--"]:not(.chatd-bubble-main--other)'],
  messageText: ['.chatd-bubble-main--other', '[class*="chatd-bubble-main"]'],
  input: ['[data-testid*="chat_input"] [contenteditable="true"]', '[data-testid*="chat.input"] textarea'],
  send: ['#chat-input-send-button'],
  buyerName: [
    '[data-testid="chat.chatroom.conversation_card"][aria-selected="true"] [data-testid="chat.chatroom.conversation_card_username"]',
    '[data-testid="chat.chatroom.conversation_card"][class*="active"] [data-testid="chat.chatroom.conversation_card_username"]',
  ],
  // Hashed order-card class from an Indonesian extension (low confidence), then semantic guesses.
  order: ['.VwXwEtYfZtpyUUSmErsw span', '[class*="orderCard"]', '[class*="order-card"]'],
  product: ['[class*="productCard"]', '[class*="product-card"]', '.chatd-card-main'],
  conversationId: [
    '[data-testid="chat.chatroom.conversation_card"][aria-selected="true"]@id',
    '[data-testid="chat.chatroom.conversation_card"][class*="active"]@id',
  ],
};
