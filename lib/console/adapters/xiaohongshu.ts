import type { ConsoleAdapter } from '../types';

// 小红书 私信 workbench (Vue, vue-recycle-scroller). Selectors: consoles.md §14 (one userscript).
// Whether this markup is the 千帆 (ark) merchant IM is NOT established: low confidence.
export const xiaohongshu: ConsoleAdapter = {
  id: 'xiaohongshu',
  name: '小红书',
  hosts: ['ark.xiaohongshu.com'],
  messageRow: ['.im-msg-item'],
  buyer: ['.im-msg-item.left', '.im-msg-item > .left'],
  seller: ['.im-msg-item.right', '.im-msg-item > .right'],
  messageText: ['.text-message'],
  input: ['#jarvis-reply-textarea'],
  send: ['.send_btn'],
  buyerName: ['.sx-contact-item[class*="active"] .nick-name', '.sx-contact-item[class*="selected"] .nick-name'],
  product: ['.card_container .card_bottom_title'],
};
