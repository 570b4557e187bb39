import { describe, expect, it } from 'vitest';
import { builtInRules, checkReply, effectiveRules, highlightParts, parseRuleList, ruleSchema, type RuleSpec } from '@/lib/rules';

const ids = (text: string, consoleId: string, rules?: RuleSpec[]) => checkReply(text, consoleId, rules).violations.map((v) => v.ruleId);
const offending = (text: string, consoleId: string) => checkReply(text, consoleId).violations.map((v) => text.slice(v.start, v.end));

// Every built-in rule: replies that break it, replies that must pass, on a console where it applies.
const cases: Record<string, { console: string; bad: string[]; good: string[] }> = {
  'cn-offplatform-wechat': {
    console: 'pinduoduo',
    bad: ['亲，加我微信 kefu_2026 发您优惠', '有问题可以加V详聊', '微信号：abc12345', 'vx: shop-helper1', '这个我们微信联系吧'],
    good: ['亲，可以在这里直接留言哦', '支持微信支付吗？平台结算的', 'wxyz 型号有货'],
  },
  'cn-offplatform-qq': {
    console: 'feige',
    bad: ['QQ 12345678 联系我', '加个qq吧', '扣扣号：987654321'],
    good: ['这个尺码偏大一码', 'QQ音乐会员不包含'],
  },
  'cn-offplatform-phone': {
    console: 'kuaishou',
    bad: ['打我电话 13812345678', '电话 138-1234-5678 找我', '座机 021-12345678', '全角也算：１３８１２３４５６７８', '好的……打我电话１３８１２３４５６７８'],
    good: ['订单号 240908-301234567890123 已发货', '快递单号 7712345678901234', '身高160体重50', '订单号：PDD13812345678', '顺丰单号 SF13812345678'],
  },
  'cn-offplatform-link': {
    console: 'xiaohongshu',
    bad: ['详情看 https://shop.example.cn/item?id=1，谢谢', '上 www.example.com 下单', '我们官网 myshop.top 有货'],
    good: ['亲，点右下角“我的订单”就能看到', '这款 3.5 寸的有货'],
  },
  'cn-offplatform-trade': {
    console: 'pinduoduo',
    bad: ['我们可以私下交易便宜点', '直接支付宝转账给我就行'],
    good: ['拍下后平台会自动发货'],
  },
  'cn-review-cashback': {
    console: 'pinduoduo',
    bad: ['收到后好评返现5元', '五星好评截图发我返红包', '晒图返现哦亲', '返现3元，记得五星好评', '五星好评，我们会给您送一个小礼物'],
    good: ['满意的话欢迎给我们评价哦', '退款会原路返回', '感谢您的好评！下次购买送您小礼品。'],
  },
  'review-incentive': {
    console: 'tiktok',
    bad: ['We offer cash for good reviews!', 'Leave a 5-star review and we will send you a full refund', 'Get a $10 gift card for a positive review'],
    good: ['We would love to hear your feedback.', 'Your refund was issued today.', 'Feel free to leave a positive review once you receive it.'],
  },
  'amazon-external-link': {
    console: 'amazon',
    bad: ['See https://myshop.example.com/care for details', 'Visit www.myshop.com', 'Order again at myshop.store'],
    good: ['You can track it in Your Orders on https://www.amazon.com/gp/your-account', 'Amazon.com will refund you.'],
  },
  'amazon-marketing': {
    console: 'amazon',
    bad: ['Use code SAVE20 on your next order', 'Follow us for new arrivals', 'Sign up for our newsletter'],
    good: ['Your replacement ships tomorrow.'],
  },
  'amazon-positive-review-request': {
    console: 'taught-sellercentral-amazon-com',
    bad: ['Please leave us a 5-star review', 'Could you give a positive review?'],
    good: ['If you have a moment, please share a review of your experience.'],
  },
  'offplatform-email': {
    console: 'shopee',
    bad: ['Email me at help.desk@myshop.com', '发到 12345@qq.com'],
    good: ['Reply here and we will help @Maria'],
  },
  'sea-offplatform-contact': {
    console: 'shopee',
    bad: ['Chat with us on WhatsApp', 'Call +62 812 3456 7890', 'Pay at https://pay.example.com/x', 'Visit www.mystore.com', 'Follow us at mystore.com'],
    good: ['Online id verification is done by Shopee', 'Check https://shopee.co.id/user/purchase', 'Open shopee.co.id and tap My Purchases', 'Thanks, e.g. the blue one is in stock.', 'ok.me check stock first', 'Received.Shop again soon', 'Thanks.Me too', 'Log in at seller.tiktokshopglobalselling.com'],
  },
};

describe('built-in platform rules', () => {
  it('are valid data (the same schema feed rules pass)', () => {
    for (const r of builtInRules) expect(ruleSchema.safeParse(r).success, r.id).toBe(true);
    expect(new Set(builtInRules.map((r) => r.id)).size).toBe(builtInRules.length);
  });

  it('every built-in rule has cases here', () => {
    expect(Object.keys(cases).sort()).toEqual(builtInRules.map((r) => r.id).sort());
  });

  for (const [ruleId, c] of Object.entries(cases)) {
    describe(ruleId, () => {
      for (const text of c.bad) {
        it(`flags: ${text}`, () => {
          const v = checkReply(text, c.console).violations.filter((x) => x.ruleId === ruleId);
          expect(v.length).toBeGreaterThan(0);
          for (const x of v) {
            expect(x.end).toBeGreaterThan(x.start);
            expect(text.slice(x.start, x.end).trim()).not.toBe('');
            expect(x.message.zh && x.message.en && x.source).toBeTruthy();
          }
        });
      }
      for (const text of c.good) {
        it(`passes: ${text}`, () => {
          expect(ids(text, c.console)).not.toContain(ruleId);
        });
      }
    });
  }
});

describe('checkReply', () => {
  it('applies rules only to their consoles', () => {
    const text = '加我微信 kefu_2026';
    expect(ids(text, 'pinduoduo')).toContain('cn-offplatform-wechat');
    expect(ids(text, 'taught-mms-pinduoduo-com')).toContain('cn-offplatform-wechat');
    expect(ids(text, 'tiktok')).not.toContain('cn-offplatform-wechat');
    expect(ids('See www.myshop.com', 'pinduoduo')).toContain('cn-offplatform-link');
    expect(ids('Use code SAVE20 now', 'shopee')).not.toContain('amazon-marketing');
  });

  it('points at the offending part only', () => {
    expect(offending('亲，收到后好评返现哦，有问题随时找我', 'pinduoduo')).toEqual(['好评返现']);
    const text = '您好，打我电话 13812345678 可以吗';
    const [v] = checkReply(text, 'pinduoduo').violations;
    expect(text.slice(v!.start, v!.end)).toBe('13812345678');
  });

  it('reports one violation per stretch, sorted by position', () => {
    const text = '好评返现5元，加微信 kefu_2026';
    const v = checkReply(text, 'pinduoduo').violations;
    expect(v.map((x) => x.ruleId)).toEqual(['cn-review-cashback', 'cn-offplatform-wechat']);
    expect(v[0]!.start).toBeLessThan(v[1]!.start);
  });

  it('a clean reply has no violations, empty text too', () => {
    expect(checkReply('亲，今天下单明天发货哦', 'pinduoduo').violations).toEqual([]);
    expect(checkReply('', 'amazon').violations).toEqual([]);
  });
});

describe('rules as data', () => {
  it('a feed rule adds, replaces by id, or switches a built-in off', () => {
    const extra = parseRuleList([
      { id: 'shop-no-competitor', consoles: ['*'], words: ['某宝'], message: { zh: '不要提竞品', en: 'No competitor names' }, source: 'Team policy' },
      { id: 'cn-review-cashback', consoles: ['pinduoduo'], enabled: false, message: { zh: 'x', en: 'x' }, source: 'x' },
    ]);
    expect(extra.errors).toEqual([]);
    const rules = effectiveRules(builtInRules, extra.rules);
    expect(ids('某宝更便宜', 'feige', rules)).toEqual(['shop-no-competitor']);
    expect(ids('好评返现', 'pinduoduo', rules)).toEqual([]);
    expect(ids('好评返现', 'pinduoduo')).toEqual(['cn-review-cashback']);
  });

  it('bad rules are refused with a clear reason and the good ones kept', () => {
    const r = parseRuleList([
      { id: 'ok', consoles: ['*'], words: ['x'], message: { zh: 'x', en: 'x' }, source: 's' },
      { id: 'bad-regex', consoles: ['*'], patterns: ['(unclosed'], message: { zh: 'x', en: 'x' }, source: 's' },
      { id: 'nothing', consoles: ['*'], message: { zh: 'x', en: 'x' }, source: 's' },
      'nonsense',
    ]);
    expect(r.rules.map((x) => x.id)).toEqual(['ok']);
    expect(r.errors).toHaveLength(3);
    expect(r.errors[0]).toMatch(/"bad-regex".*not a valid regular expression/);
    expect(r.errors[1]).toMatch(/"nothing".*at least one pattern or word/);
    expect(parseRuleList({}).errors[0]).toMatch(/must be a list/);
  });
});

describe('highlightParts', () => {
  it('splits text into plain and offending parts', () => {
    const text = '亲，好评返现，加微信 kefu_2026 哦';
    const parts = highlightParts(text, checkReply(text, 'pinduoduo').violations);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.bad).map((p) => p.text)).toEqual(['好评返现', '加微信 kefu_2026']);
  });
});
