// The consoles the extension reads without asking: one match pattern per supported seller chat.
// Kept in one place so the manifest, the content script and the tests agree.
export const consoleMatchPatterns = [
  'https://mms.pinduoduo.com/*',
  'https://im.jinritemai.com/*',
  'https://im.kwaixiaodian.com/*',
  'https://*.tiktok.com/*',
  'https://seller.shopee.cn/*',
  'https://*.shopee.cn/*',
  'https://seller.shopee.co.id/*',
  'https://seller.shopee.com.my/*',
  'https://seller.shopee.ph/*',
  'https://seller.shopee.sg/*',
  'https://seller.shopee.co.th/*',
  'https://banhang.shopee.vn/*',
  'https://seller.shopee.com.br/*',
  'https://ark.xiaohongshu.com/*',
  'https://*.xiaohongshu.com/*',
];
