// The consoles the extension reads without asking: one match pattern per supported seller chat, no wider
// than the chat itself. Kept in one place so the manifest (host_permissions), the content script and the
// tests agree; tests/lib/console/hosts.test.ts checks it against the adapters' hosts and paths.
const tiktokHosts = [
  'seller-us.tiktok.com',
  'seller-uk.tiktok.com',
  'seller-vn.tiktok.com',
  'seller-th.tiktok.com',
  'seller-my.tiktok.com',
  'seller-ph.tiktok.com',
  'seller-sg.tiktok.com',
  'seller.tiktokshopglobalselling.com',
  'seller-id.tokopedia.com',
];
const shopeeHosts = [
  'seller.shopee.cn',
  'seller.shopee.co.id',
  'seller.shopee.com.my',
  'seller.shopee.ph',
  'seller.shopee.sg',
  'seller.shopee.co.th',
  'seller.shopee.com.br',
  'banhang.shopee.vn',
];

export const consoleMatchPatterns: string[] = [
  // mms.pinduoduo.com is the whole merchant back office: only its chat.
  'https://mms.pinduoduo.com/chat-merchant/*',
  // These two hosts serve nothing but the chat workbench.
  'https://im.jinritemai.com/*',
  'https://im.kwaixiaodian.com/*',
  ...tiktokHosts.map((h) => `https://${h}/chat/*`),
  ...shopeeHosts.flatMap((h) => [`https://${h}/webchat/*`, `https://${h}/portal/chat-management*`]),
  // The IM page inside 千帆 is not established (consoles.md §14): the host, not a path.
  'https://ark.xiaohongshu.com/*',
];
