// The rules that ship with the extension. Each names its source in lib/rules/README.md; a feed can replace
// one (same id) or switch it off. Patterns are case-insensitive JavaScript regular expressions.
import type { RuleSpec } from './schema';

/** Console groups a rule can name as "@group": built-in ids, and globs for taught or feed adapters' ids. */
export const consoleGroups: Record<string, string[]> = {
  'cn-marketplace': ['pinduoduo', 'feige', 'kuaishou', 'xiaohongshu', 'taobao', 'tmall', 'jd', '*pinduoduo*', '*jinritemai*', '*kwaixiaodian*', '*xiaohongshu*', '*taobao*', '*tmall*', '*jd-com*', '*douyin*'],
  amazon: ['amazon', '*amazon*'],
  'sea-marketplace': ['shopee', 'tiktok', 'lazada', 'tokopedia', '*shopee*', '*tiktok*', '*lazada*', '*tokopedia*'],
};

// Punctuation that ends a link written in a Chinese sentence.
const LINK_END = '[^\\s，。！？、；：）)】>"\']';

export const builtInRules: RuleSpec[] = [
  {
    id: 'cn-offplatform-wechat',
    consoles: ['@cn-marketplace'],
    patterns: [
      '(?:微信|威信|薇信|维信|徽信|v信|(?<![a-z])(?:vx|wx|weixin|wechat))\\s*(?:号|id)?\\s*[:：]?\\s*[a-z][-_a-z0-9]{5,19}',
      '(?:加|添加|\\+)\\s*(?:我|个|下|一下)?\\s*(?:微信|威信|薇信|v信|(?<![a-z])(?:vx|wx|weixin|wechat|v)(?![a-z]))',
      '(?:微信|vx)\\s*(?:联系|沟通|私聊|上聊|详聊|发给)',
    ],
    message: {
      zh: '回复里有微信号或“加微信”：平台禁止引导买家到站外联系，可能被判违规。',
      en: 'The reply mentions a WeChat id or asks to add on WeChat: platforms forbid moving buyers off the platform.',
    },
    source: '拼多多/抖店/快手/小红书 站外引流与私下交易规则（见 lib/rules/README.md）',
  },
  {
    id: 'cn-offplatform-qq',
    consoles: ['@cn-marketplace'],
    patterns: ['(?:(?<![a-z])qq|扣扣|企鹅)\\s*(?:号|群)?\\s*[:：]?\\s*[1-9]\\d{4,11}(?!\\d)', '加\\s*(?:我|个|下)?\\s*(?:(?<![a-z])qq(?![a-z])|扣扣|企鹅号)'],
    message: { zh: '回复里有 QQ 号或“加QQ”：属于站外联系方式。', en: 'The reply contains a QQ number or asks to add on QQ: an off-platform contact.' },
    source: '拼多多/抖店/快手/小红书 站外引流与私下交易规则（见 lib/rules/README.md）',
  },
  {
    id: 'cn-offplatform-phone',
    consoles: ['@cn-marketplace'],
    // Not after a letter or digit: codes like PDD13812345678 or SF1381234567890 are order/tracking numbers.
    patterns: ['(?<![\\dA-Za-z-])(?:\\+?86[-\\s]?)?1[3-9]\\d(?:[-\\s]?\\d{4}){2}(?![\\d-])', '(?<![\\dA-Za-z-])0\\d{2,3}-\\d{7,8}(?![\\d-])'],
    message: { zh: '回复里有电话号码：不要把买家引到平台外联系。', en: 'The reply contains a phone number: do not take the buyer off the platform.' },
    source: '拼多多/抖店/快手/小红书 站外引流与私下交易规则（见 lib/rules/README.md）',
  },
  {
    id: 'cn-offplatform-link',
    consoles: ['@cn-marketplace'],
    patterns: [
      `https?:\\/\\/${LINK_END}+`,
      `(?<![@\\w.])www\\.${LINK_END}+`,
      `(?<![@\\w.\\/-])[a-z0-9][a-z0-9-]{1,62}\\.(?:com|cn|net|org|top|cc|xyz|me|io|shop|vip|link)(?:\\.cn)?(?![\\w.-])(?:\\/${LINK_END}*)?`,
    ],
    message: { zh: '回复里有外部链接：平台禁止用链接把买家引到站外。', en: 'The reply contains an external link: platforms forbid sending buyers off the platform.' },
    source: '拼多多/抖店/快手/小红书 站外引流与私下交易规则（见 lib/rules/README.md）',
  },
  {
    id: 'cn-offplatform-trade',
    consoles: ['@cn-marketplace'],
    words: ['私下交易', '线下交易', '私下转账', '私下付款', '私下联系', '微信转账', '支付宝转账', '扫码付款', '绕过平台', '不走平台', '站外下单', '加好友', '加我好友'],
    message: { zh: '回复里有私下交易的说法：平台禁止绕过平台交易。', en: 'The reply suggests trading outside the platform, which platforms forbid.' },
    source: '拼多多/抖店/快手/小红书 站外引流与私下交易规则（见 lib/rules/README.md）',
  },
  {
    id: 'cn-review-cashback',
    consoles: ['@cn-marketplace'],
    words: ['好评返现', '好评返钱', '好评返红包', '晒图返现', '追评返现', '好评有礼', '好评送礼', '好评送红包'],
    patterns: [
      '(?:好评|五星|5星|晒图|追评)[^。！？\\n]{0,10}(?:返现|返钱|返款|返红包|发红包|送红包|返\\s*\\d+\\s*元|送[^。！？\\n]{0,6}礼)',
      '(?:返现|返红包|返\\s*\\d+\\s*元)[^。！？\\n]{0,10}(?:好评|五星|5星|晒图)',
    ],
    message: { zh: '“好评返现”类说法：用利益诱导好评被平台和法规禁止，会被处罚。', en: '"Cash for good reviews": rewarding reviews is forbidden by the platforms and by law.' },
    source: '《网络交易监督管理办法》第十四条；各平台评价规则（见 lib/rules/README.md）',
  },
  {
    id: 'review-incentive',
    consoles: ['*'],
    words: ['cash for good reviews', 'cash for reviews', 'cash for a review', 'paid review', 'refund for a review', 'refund after review', 'free product for a review', 'gift for a review'],
    patterns: [
      '\\b(?:refund|cash|money|gift|discount|coupon|voucher|reward|compensation|free\\s+(?:gift|item|product|sample))\\b[^.!?\\n]{0,40}\\b(?:5[- ]?star|five[- ]?star|positive|good|great)\\s+(?:review|rating|feedback)',
      '\\b(?:5[- ]?star|five[- ]?star|positive|good|great)\\s+(?:review|rating|feedback)\\b[^.!?\\n]{0,40}\\b(?:refund|cash|money|gift|discount|coupon|voucher|reward|compensation)',
    ],
    message: { zh: '用退款、礼品或优惠换好评：各平台都禁止激励性评价。', en: 'Offering money, gifts or discounts for a good review: every marketplace forbids incentivised reviews.' },
    source: 'Amazon Customer Product Reviews Policies; Shopee / TikTok Shop review manipulation rules (see lib/rules/README.md)',
  },
  {
    id: 'amazon-external-link',
    consoles: ['@amazon'],
    patterns: [
      '\\bhttps?:\\/\\/(?![\\w.-]*\\bamazon\\.)[^\\s)>"\']+',
      '(?<![@\\w.])www\\.(?!amazon\\.)[^\\s)>"\']+',
      '(?<![@\\w.\\/-])(?!amazon\\.)[a-z0-9][a-z0-9-]{1,62}\\.(?:com|net|org|io|co|shop|store|us|uk|de|fr|it|es|ca)(?![\\w-])(?:\\/[^\\s)>"\']*)?',
    ],
    message: { zh: '亚马逊买家消息里不能放外部链接。', en: 'Amazon buyer messages must not contain links to other websites.' },
    source: 'Amazon Seller Central: Communication Guidelines; Prohibited seller activities and actions (see lib/rules/README.md)',
  },
  {
    id: 'amazon-marketing',
    consoles: ['@amazon'],
    words: ['coupon code', 'promo code', 'discount code', 'promotional code', 'our website', 'our online store', 'our official store', 'visit our store', 'follow us', 'like us on', 'subscribe to our', 'newsletter', 'special offer', 'exclusive offer', 'check out our other products'],
    patterns: ['\\b(?:use|apply)\\s+(?:the\\s+)?code\\s+[a-z0-9]{4,}'],
    message: { zh: '亚马逊禁止在买家消息里做营销推广。', en: 'Amazon forbids marketing or promotional content in buyer messages.' },
    source: 'Amazon Seller Central: Communication Guidelines (see lib/rules/README.md)',
  },
  {
    id: 'amazon-positive-review-request',
    consoles: ['@amazon'],
    patterns: ['\\b(?:leave|give|write|post)\\b[^.!?\\n]{0,30}\\b(?:5[- ]?star|five[- ]?star|positive|good|great)\\s+(?:review|rating|feedback)'],
    message: { zh: '亚马逊不允许要求买家给好评（只能中立地请求评价）。', en: 'Amazon does not allow asking for a positive review (only a neutral request for a review).' },
    source: 'Amazon Customer Product Reviews Policies; Communication Guidelines (see lib/rules/README.md)',
  },
  {
    id: 'offplatform-email',
    consoles: ['@cn-marketplace', '@amazon', '@sea-marketplace'],
    patterns: ['[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+'],
    message: { zh: '回复里有电子邮箱：不要让买家到平台外联系。', en: 'The reply contains an email address: keep the buyer on the platform.' },
    source: 'Amazon Communication Guidelines; Shopee / TikTok Shop off-platform rules; 平台站外引流规则 (see lib/rules/README.md)',
  },
  {
    id: 'sea-offplatform-contact',
    consoles: ['@sea-marketplace'],
    words: ['whatsapp', 'line id', 'telegram', 'wa.me', 't.me', 'facebook page', 'instagram', 'dm us', 'message us on'],
    patterns: ['(?<![\\d])\\+\\d{1,3}[\\s-]?\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?!\\d)', '\\bhttps?:\\/\\/(?![\\w.-]*\\b(?:shopee|tiktok\\w*|lazada|tokopedia)\\.)[^\\s)>"\']+', '\\b(?:www\\.)(?![\\w.-]*\\b(?:shopee|tiktok\\w*|lazada|tokopedia)\\.)[\\w-]+(?:\\.[\\w-]+)+', '\\b(?!(?:shopee|tiktok\\w*|lazada|tokopedia)\\.)[a-z0-9-]{2,}\\.(?:com|net|org|io)\\b(?!\\.)'],
    message: { zh: '回复里有站外联系方式或链接：Shopee / TikTok Shop 禁止站外交易。', en: 'The reply contains an off-platform contact or link: Shopee and TikTok Shop forbid off-platform transactions.' },
    source: 'Shopee Prohibited activities (off-platform transactions); TikTok Shop Seller Code of Conduct (see lib/rules/README.md)',
  },
];
