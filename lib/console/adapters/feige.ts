import type { ConsoleAdapter } from '../types';

// 抖店 飞鸽 (React, hashed class names that rotate). Selectors: consoles.md §2; data-qa-id and the semantic
// messageNotMe / messageIsMe classes are the stable hooks. "warpper" is the site's own spelling.
export const feige: ConsoleAdapter = {
  id: 'feige',
  name: '抖店飞鸽',
  hosts: ['im.jinritemai.com'],
  paths: ['/pc_seller_v2', '/pc_seller_desk_v2', '/pc_seller'],
  messageRow: ['[data-qa-id="qa-message-warpper"]', '[data-qa-id="qa-message-wrapper"]'],
  buyer: ['.messageNotMe'],
  seller: ['.messageIsMe'],
  // Hashed system-row classes from a live capture: fallbacks only, they rotate with deploys.
  notBuyer: ['.messageIsMe', '.BqNO6cexAGBsZgUmEzIE', '.e0Bi5IauHWvUG8773oi9'],
  systemText: ['机器人接待中', '系统关闭会话', '撤回了一条消息'],
  messageText: ['.leaveMessage pre', 'pre'],
  input: ['textarea[data-qa-id="qa-send-message-textarea"]'],
  send: ['[data-qa-id="qa-send-message-button"]'],
  buyerName: ['#topbar-left-info > span:first-child', '#topbar-left-info span'],
  order: ['[data-qa-id*="order-id"]', '[class*="orderId"]', '[class*="order-id"]'],
  // Card bubbles in the thread (ByteDance chatd kit), then the product tab on the right.
  product: ['.chatd-card-main', 'section[role="tabpanel"]'],
};
