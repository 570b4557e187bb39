// Synonyms, applied to both the entries and the question, so either wording finds the other.
// A group's first term is its canonical form. Chinese terms are replaced in the text before it is cut
// into bigrams (退钱 → 退款); English terms are compared as stemmed word sequences ("money back" →
// refund), longest first. Pack groups come before the built-in table, so a pack can override it.
// Groups mixing scripts are split by script: cross-language matching is not attempted.
import { normalizeForMatch } from './normalize';
import { stem } from './stem';

/** General e-commerce customer-service vocabulary (not taken from any dataset). */
export const BUILTIN_SYNONYMS: readonly (readonly string[])[] = [
  // Chinese
  ['快递', '物流', '包裹', '快件', '邮包'],
  ['运单号', '快递单号', '物流单号'],
  ['退款', '退钱', '退费', '返款', '把钱退'],
  ['发票', '开票', '税票'],
  ['发货', '出货', '寄出'],
  ['人工客服', '人工服务', '转人工', '真人客服'],
  ['优惠券', '优惠卷', '代金券', '折扣券', '抵用券'],
  ['尺码', '尺寸', '码数'],
  ['退货', '退回', '寄回'],
  ['换货', '调换'],
  ['地址', '收货地址', '送货地址', '收件地址'],
  ['付款', '支付', '付钱'],
  ['取消订单', '撤销订单', '撤单'],
  ['联系', '联络'],
  ['损坏', '破损', '坏了', '摔坏', '碎了'],
  ['没收到', '未收到', '没有收到', '收不到'],
  ['多久', '多长时间', '多少天'],
  ['怎么', '怎样', '如何', '咋'],
  ['为什么', '为啥', '为何'],
  ['能否', '能不能', '可不可以'],
  ['手机号', '手机号码'],
  ['账户', '账号', '户头'],
  ['登录', '登陆', '登入'],
  ['商品', '宝贝', '货品', '产品'],
  ['商家', '卖家', '店家', '掌柜'],
  ['质量', '品质'],
  ['保修', '质保'],
  ['还款', '还钱'],
  ['提现', '取现'],
  ['修改', '更改', '变更'],
  ['查询', '查看'],
  ['送达', '到货'],
  // English
  ['refund', 'money back', 'reimburse', 'reimbursement'],
  ['package', 'parcel', 'shipment', 'packet'],
  ['order', 'purchase'],
  ['cancel', 'call off'],
  ['deliver', 'delivery', 'shipping', 'ship', 'dispatch'],
  ['invoice', 'bill', 'receipt'],
  ['email', 'e mail', 'mail'],
  ['coupon', 'voucher', 'promo code', 'discount code', 'promotion code', 'coupon code'],
  ['contact', 'get in touch', 'talk to', 'speak to', 'speak with', 'talk with', 'reach', 'call'],
  // The department and a person in it are different requests ("contact support" vs "a real person").
  ['customer service', 'customer support', 'customer care', 'support team', 'service team'],
  ['agent', 'representative', 'live agent', 'human agent', 'operator', 'real person', 'live person'],
  ['track', 'trace'],
  ['pay', 'payment', 'paid'],
  ['return', 'send back', 'send it back'],
  ['exchange', 'swap', 'replacement', 'replace'],
  ['seller', 'merchant', 'vendor', 'store', 'shop'],
  ['product', 'item', 'goods', 'merchandise'],
  ['damaged', 'broken', 'defective', 'faulty'],
  ['not received', 'never received', 'did not receive', 'have not received', 'has not received',
    'not arrived', 'never arrived', 'did not arrive', 'has not arrived', 'have not arrived'],
  // Not "change": "change to the premium account" is a switch, not an edit.
  ['modify', 'edit', 'alter', 'amend'],
  ['password', 'passcode', 'pwd'],
  ['login', 'log in', 'sign in', 'signin', 'log on', 'logon'],
  ['sign up', 'signup', 'register', 'registration'],
  ['how long', 'how many days'],
  ['phone number', 'mobile number', 'cell number', 'telephone number'],
  ['wrong', 'incorrect'],
  ['problem', 'issue', 'trouble'],
  ['help', 'assist', 'assistance'],
  ['check', 'view'],
  ['complaint', 'complain'],
  ['delete', 'remove', 'erase'],
  ['price', 'cost'],
  ['discount', 'promotion', 'promo'],
  // British and American spellings.
  ['color', 'colour'], ['favorite', 'favourite'], ['center', 'centre'], ['gray', 'grey'], ['jewelry', 'jewellery'],
  ['license', 'licence'], ['catalog', 'catalogue'], ['aluminum', 'aluminium'], ['fulfill', 'fulfil'], ['mold', 'mould'],
  ['meter', 'metre'], ['liter', 'litre'], ['pajamas', 'pyjamas'], ['tire', 'tyre'],
];

/** Synonyms ready to apply: a text rewrite for Chinese, a stemmed-phrase lookup for English. */
export interface CompiledSynonyms {
  /** Longest-first alternation of Chinese variants, or null when there are none. */
  zhPattern: RegExp | null;
  zhCanonical: Map<string, string>;
  /** "money back" (stems joined by spaces) → canonical term ("refund"). */
  enPhrases: Map<string, string>;
  enMaxWords: number;
}

const HAS_HAN = /\p{Script=Han}/u;

/** English words of a synonym term, stemmed exactly as the tokenizer does. */
export function stemWords(normalized: string): string[] {
  return normalized.split(' ').filter(Boolean).map(stem);
}

export function compileSynonyms(groups: readonly (readonly string[])[]): CompiledSynonyms {
  const zhCanonical = new Map<string, string>();
  const enPhrases = new Map<string, string>();
  let enMaxWords = 1;
  for (const group of groups) {
    const terms = group.map(normalizeForMatch).filter(Boolean);
    const zh = terms.filter((t) => HAS_HAN.test(t));
    const en = terms.filter((t) => !HAS_HAN.test(t));
    const zhHead = zh[0];
    if (zhHead) for (const t of zh) if (!zhCanonical.has(t) && t !== zhHead) zhCanonical.set(t, zhHead);
    const enHead = en[0] ? stemWords(en[0]).join('_') : undefined;
    if (enHead === undefined) continue;
    for (const t of en) {
      const words = stemWords(t);
      const key = words.join(' ');
      if (!key || enPhrases.has(key)) continue;
      enPhrases.set(key, enHead);
      enMaxWords = Math.max(enMaxWords, words.length);
    }
  }
  const variants = [...zhCanonical.keys()].sort((a, b) => b.length - a.length);
  const zhPattern = variants.length ? new RegExp(variants.map(escapeRe).join('|'), 'g') : null;
  return { zhPattern, zhCanonical, enPhrases, enMaxWords };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rewrite Chinese variants to their canonical term (text already normalised). `origin[i]` is the
 * [start, end) in the input of output character i, so `why` can show the buyer's own words.
 */
export function applyZhSynonyms(text: string, syn: CompiledSynonyms): { text: string; origin: Int32Array | null } {
  if (!syn.zhPattern || !HAS_HAN.test(text)) return { text, origin: null };
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let last = 0;
  for (const m of text.matchAll(syn.zhPattern)) {
    const canon = syn.zhCanonical.get(m[0]) ?? m[0];
    for (let i = last; i < m.index; i++) starts.push(i), ends.push(i + 1);
    out += text.slice(last, m.index) + canon;
    for (let i = 0; i < canon.length; i++) starts.push(m.index), ends.push(m.index + m[0].length);
    last = m.index + m[0].length;
  }
  if (last === 0) return { text, origin: null };
  for (let i = last; i < text.length; i++) starts.push(i), ends.push(i + 1);
  out += text.slice(last);
  const origin = new Int32Array(out.length * 2);
  for (let i = 0; i < out.length; i++) (origin[2 * i] = starts[i]!), (origin[2 * i + 1] = ends[i]!);
  return { text: out, origin };
}

const compiled = new Map<string, CompiledSynonyms>();

/** Pack groups first, then the built-in table; memoised per distinct pack synonym list. */
export function synonymsFor(packGroups: readonly (readonly string[])[] = []): CompiledSynonyms {
  const key = JSON.stringify(packGroups);
  let hit = compiled.get(key);
  if (!hit) {
    hit = compileSynonyms([...packGroups, ...BUILTIN_SYNONYMS]);
    if (compiled.size > 20) compiled.clear();
    compiled.set(key, hit);
  }
  return hit;
}
