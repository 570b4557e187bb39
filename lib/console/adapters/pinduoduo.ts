import type { ConsoleAdapter } from '../types';

// 拼多多 商家客服工作台 (Vue 2). Selectors: consoles.md §1, calibrated on the live page by two independent
// projects (Sept–Oct 2026). The list node is replaced on conversation switch: never cache it.
export const pinduoduo: ConsoleAdapter = {
  id: 'pinduoduo',
  name: '拼多多',
  hosts: ['mms.pinduoduo.com'],
  paths: ['/chat-merchant'],
  messageRow: ['#msgListContainer li.onemsg', 'ul.msg-list > li.onemsg'],
  buyer: ['.buyer-item'],
  // .cs-item.callback / .robot-text are the robot's replies: still the shop's side.
  seller: ['.cs-item'],
  notBuyer: ['.cs-item', '.msg-system', '[class^="system-msg"]', '[class*=" system-msg"]'],
  messageText: ['.msg-content-box'],
  input: ['textarea#replyTextarea', '.reply-box textarea'],
  send: ['.reply-box .send-btn', '.send-btn'],
  buyerName: ['.chatWindowHeader .base-info .name', '.chat-item-box.active .nickname-span'],
  product: ['.msg-content.good-card .good-name', '.good-card', '.commonCard'],
  // currentuid is the buyer uid. The list row's data-random ("<uid>-0-<group>") is not used: its group part
  // changes when the conversation is answered, which would look like a conversation switch.
  conversationId: ['#msgListContainer [currentuid]@currentuid'],
};
