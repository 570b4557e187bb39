// The consoles the extension reads without asking: one match pattern per supported seller chat, no wider
// than the chat itself. Kept in one place so the manifest (host_permissions), the content script and the
// tests agree; tests/lib/console/hosts.test.ts checks it against the adapters' hosts and paths.
import { amazon } from './adapters/amazon';
import { shopee } from './adapters/shopee';
import { tiktok } from './adapters/tiktok';

// TikTok and Shopee run one chat per regional seller host: the adapters list those hosts once.
const tiktokHosts = tiktok.hosts;
const shopeeHosts = shopee.hosts;

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
  // Seller Central is the whole back office (orders, payments, listings): only its messaging pages.
  ...amazon.hosts.map((h) => `https://${h}/messaging/*`),
];
