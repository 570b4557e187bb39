import type { ConsoleAdapter } from '../types';

// 快手小店 客服工作台 (antd + Quill). Selectors: consoles.md §4, one live worker. Rows carry no side class:
// the sender line ("<name><MM-DD HH:mm:ss>") is compared with the open session's buyer name.
// Which session card is the open one is not in the evidence: the *active*/*selected* selectors are guesses.
export const kuaishou: ConsoleAdapter = {
  id: 'kuaishou',
  name: '快手小店',
  hosts: ['im.kwaixiaodian.com'],
  messageRow: ['.kwaishop-cs-LayoutDefaultWrapper_msgMain, .kwaishop-cs-LayoutMiddleWrapper_msgBody'],
  buyer: [],
  sender: ['.kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody'],
  // Centred rows: order/product cards and system notices.
  notBuyer: ['.kwaishop-cs-LayoutMiddleWrapper_msgBody'],
  systemText: ['[系统消息]', '[系统自动回复消息]', '客服超时未回复，会话关闭', '买家超时未回复，会话关闭', '【防诈贴士】'],
  messageText: ['.kwaishop-cs-LayoutDefaultWrapper_msgBody'],
  input: ['div.ql-editor'],
  send: ['button.ant-btn.ant-btn-primary'],
  buyerName: [
    '.SessionBaseCard[class*="active"] .SessionBaseCard-topHeadName',
    '.SessionBaseCard[class*="selected"] .SessionBaseCard-topHeadName',
    '.SessionBaseCard[aria-selected="true"] .SessionBaseCard-topHeadName',
  ],
  order: ['.kwaishop-cs-LayoutMiddleWrapper_msgBody [class*="order"]', '[class*="OrderCard"]'],
  product: ['.kwaishop-cs-LayoutMiddleWrapper_msgBody [class*="goods"]', '[class*="GoodsCard"]', '[class*="ProductCard"]'],
};
