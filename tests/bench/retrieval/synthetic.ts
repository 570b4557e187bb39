// Synthetic packs for speed measurements (1,000 / 10,000 / 50,000 entries): made-up shop questions
// from a small generic vocabulary with a seeded generator, so every run measures the same thing.
import type { MatchEntry } from '@/lib/match';

/** mulberry32: tiny deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH_TOPIC = '发货 快递 退款 退货 换货 发票 尺码 颜色 优惠券 满减 包邮 运费 保修 质量 赠品 库存 预售 定金 尾款 地址 电话 物流 签收 破损 少件 色差 安装 说明书 充电 电池 屏幕 耳机 手表 衣服 鞋子 面膜 口红 奶粉 纸尿裤 零食 茶叶 家具 床垫 灯具 手机壳 数据线 会员 积分 直播 秒杀 拼团'.split(' ');
const ZH_ASK = ['什么时候', '怎么', '能不能', '为什么', '多久', '可以', '有没有', '在哪里', '是不是', '如何'];
const ZH_VERB = ['发货', '退', '换', '开', '用', '查', '改', '取消', '申请', '领取', '补发', '到'];
const EN_TOPIC = 'order refund return exchange invoice size color coupon discount shipping delivery warranty quality gift stock preorder deposit address phone tracking parcel damage missing install manual charger battery screen earbuds watch shirt shoes cream lipstick formula snacks tea sofa mattress lamp case cable membership points live flash bundle'.split(' ');
const EN_ASK = ['when will', 'how do I', 'can I', 'why is', 'how long until', 'is it possible to', 'where is', 'do you'];
const EN_VERB = ['ship', 'return', 'exchange', 'get', 'use', 'track', 'change', 'cancel', 'apply', 'claim', 'resend', 'receive'];

function pick<T>(r: () => number, list: T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function zhQuestion(r: () => number): string {
  return `${pick(r, ZH_TOPIC)}${pick(r, ZH_ASK)}${pick(r, ZH_VERB)}${r() < 0.5 ? pick(r, ZH_TOPIC) : ''}${r() < 0.3 ? '呀' : '吗'}`;
}
function enQuestion(r: () => number): string {
  return `${pick(r, EN_ASK)} ${pick(r, EN_VERB)} the ${pick(r, EN_TOPIC)}${r() < 0.5 ? ` and ${pick(r, EN_TOPIC)}` : ''}?`;
}

/** Half Chinese, half English entries with 1–3 phrasings and a short answer. */
export function syntheticEntries(n: number, seed = 1): MatchEntry[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const zh = i % 2 === 0;
    const q = zh ? zhQuestion : enQuestion;
    const questions = Array.from({ length: 1 + Math.floor(r() * 3) }, () => q(r));
    const answer = zh
      ? `亲，${pick(r, ZH_TOPIC)}和${pick(r, ZH_TOPIC)}的问题请在订单详情里${pick(r, ZH_VERB)}，一般${1 + Math.floor(r() * 7)}天内处理完成。`
      : `You can ${pick(r, EN_VERB)} the ${pick(r, EN_TOPIC)} from your order page; it usually takes ${1 + Math.floor(r() * 7)} days.`;
    return { id: `s${i}`, title: questions[0]!.slice(0, 20), questions, answer, keywords: r() < 0.2 ? [pick(r, zh ? ZH_TOPIC : EN_TOPIC)] : undefined };
  });
}

/** Queries: new combinations of the same vocabulary, a few long pasted messages among them. */
export function syntheticQueries(n: number, seed = 2): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const base = i % 2 === 0 ? zhQuestion(r) : enQuestion(r);
    return i % 25 === 0 ? `${base} ${'我买的东西一直没到，客服也不回复，到底怎么回事？'.repeat(40)}` : base;
  });
}
