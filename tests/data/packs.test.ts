import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeErrors, emotionLabels, parsePackText, type Entry, type Pack } from '@/lib/pack/schema';

// The bundled packs are product content: these checks keep them importable offline and keep the
// coverage, campaign windows and plain-text rules the extension relies on from silently eroding.

/** Fixed "today" so the expired/current/future campaign checks never depend on the clock. */
const NOW = Date.parse('2026-11-22T12:00:00Z');
const allowedVariables = new Set(['buyer', 'order', 'product', 'agent']);
const cjk = /[\u3400-\u9fff]/;

interface PackSpec {
  file: string;
  id: string;
  locale: string;
  minEntries: number;
  chinese: boolean;
  campaignPrefix: string;
  /** Category families (prefixes) that must each hold at least two entries. */
  families: string[];
  /** Words that must appear somewhere in a family's entries, so named sub-topics are really covered. */
  mustMention: [family: string, words: string[]][];
}

const specs: PackSpec[] = [
  {
    file: 'default-zh.json',
    id: 'default-zh',
    locale: 'zh-CN',
    minEntries: 90,
    chinese: true,
    campaignPrefix: '活动',
    families: [
      '商品信息/规格尺码', '商品信息/材质', '商品信息/参数', '库存与预售', '优惠/价格保护', '优惠/优惠券', '优惠/满减',
      '支付', '物流/发货时效', '物流/快递选择', '物流/物流异常', '订单/修改地址', '售后/七天无理由', '售后/质量问题',
      '售后/跨境退货', '售后/退款', '售后/换货', '发票', '会员', '售后/保修维修', '活动',
    ],
    mustMention: [
      ['库存与预售', ['预售', '缺货']],
      ['优惠', ['价保', '优惠券', '满减']],
      ['支付', ['支付失败', '花呗', '分期', '货到付款']],
      ['物流/快递选择', ['指定快递']],
      ['物流/物流异常', ['不更新', '丢', '签收']],
      ['订单/修改地址', ['已经发出', '还没发货']],
      ['售后/质量问题', ['照片', '运费险', '破损']],
      ['售后/跨境退货', ['综合税', '清关']],
      ['售后/退款', ['银行卡', '信用卡', '花呗']],
      ['发票', ['专用发票', '电子', '红冲', '重开']],
      ['会员', ['积分']],
    ],
  },
  {
    file: 'default-en.json',
    id: 'default-en',
    locale: 'en',
    minEntries: 45,
    chinese: false,
    campaignPrefix: 'Promotions/Campaigns',
    families: [
      'Product/Specs', 'Product/Sizing', 'Product/Stock', 'Orders/Status', 'Orders/Cancel', 'Orders/Address',
      'Shipping/Times', 'Shipping/Carriers', 'Shipping/Tracking', 'Shipping/Customs', 'After-sales/Damaged or wrong',
      'After-sales/Returns', 'After-sales/Refunds', 'After-sales/Exchanges', 'Billing/Invoices', 'Payment',
      'Promotions/Discount codes', 'Promotions/Campaigns', 'Warranty',
    ],
    mustMention: [
      ['Shipping/Tracking', ['not updating', 'delivered', 'lost']],
      ['Shipping/Customs', ['duties', 'customs']],
      ['After-sales/Returns', ['return label']],
      ['Billing/Invoices', ['VAT']],
      ['Payment', ['declined']],
      ['Product/Stock', ['pre-order', 'restock']],
    ],
  },
];

const inFamily = (category: string | undefined, family: string) =>
  category !== undefined && (category === family || category.startsWith(`${family}/`));

function entryText(e: Entry): string[] {
  return [e.title, e.answer, ...e.questions, ...(e.keywords ?? []), ...Object.values(e.tones ?? {})];
}

function allText(pack: Pack): string[] {
  return [pack.title, ...pack.entries.flatMap(entryText), ...(pack.scripts ?? []).map((s) => s.text), ...(pack.synonyms ?? []).flat()];
}

function loadText(file: string): string {
  // Resolved from this file, not import.meta.url: under happy-dom that is an http:// URL.
  return readFileSync(resolve(__dirname, '../../data/packs', file), 'utf8');
}

function load(file: string): Pack {
  const r = parsePackText(loadText(file));
  if (!r.ok) throw new Error(`${file} does not validate:\n${describeErrors(r.errors)}`);
  return r.pack;
}

describe.each(specs)('$file', (spec) => {
  it('parses as kbpack/1 with the expected identity', () => {
    const r = parsePackText(loadText(spec.file));
    expect(r.ok ? '' : describeErrors(r.errors)).toBe('');
    const pack = load(spec.file);
    expect(pack.format).toBe('kbpack/1');
    expect(pack.id).toBe(spec.id);
    expect(pack.locale).toBe(spec.locale);
    expect(pack.version).toBe('2026.11.1');
    expect(pack.publishedAt).toBe('2026-11-01T00:00:00Z');
  });

  it('is pretty-printed UTF-8 JSON with a 2-space indent', () => {
    const text = loadText(spec.file);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it(`has at least ${spec.minEntries} entries with unique, stable ids`, () => {
    const pack = load(spec.file);
    expect(pack.entries.length).toBeGreaterThanOrEqual(spec.minEntries);
    const ids = [...pack.entries.map((e) => e.id), ...(pack.scripts ?? []).map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const prefix = `${spec.id.replace('default-', '')}-`;
    for (const id of ids) expect(id, id).toMatch(new RegExp(`^${prefix}[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('covers every required category family with several entries', () => {
    const pack = load(spec.file);
    const thin = spec.families
      .map((f) => [f, pack.entries.filter((e) => inFamily(e.category, f)).length] as const)
      .filter(([, n]) => n < 2);
    expect(thin).toEqual([]);
    for (const e of pack.entries) expect(e.category, e.id).toMatch(/^[^/\s][^/]*(\/[^/\s][^/]*)*$/);
  });

  it('really covers the named sub-topics', () => {
    const pack = load(spec.file);
    const missing: string[] = [];
    for (const [family, words] of spec.mustMention) {
      const text = pack.entries
        .filter((e) => inFamily(e.category, family))
        .flatMap(entryText)
        .join('\n')
        .toLowerCase();
      for (const w of words) if (!text.includes(w.toLowerCase())) missing.push(`${family}: ${w}`);
    }
    expect(missing).toEqual([]);
  });

  it('writes entries the way buyers ask and agents answer', () => {
    const pack = load(spec.file);
    for (const e of pack.entries) {
      expect(e.questions.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.questions.length, e.id).toBeLessThanOrEqual(6);
      expect(e.keywords?.length ?? 0, e.id).toBeGreaterThanOrEqual(2);
      expect(e.keywords?.length ?? 0, e.id).toBeLessThanOrEqual(6);
      const sentences = e.answer.split(/[。！？!?]|\.(?=\s|$)/).filter((s) => s.trim().length > 1);
      expect(sentences.length, `${e.id}: ${e.answer}`).toBeLessThanOrEqual(4);
    }
    // The same buyer phrasing under two entries would make the matcher pick one at random.
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of pack.entries) {
      for (const q of e.questions) {
        const key = q.toLowerCase().replace(/[\s\p{P}]/gu, '');
        const other = seen.get(key);
        if (other && other !== e.id) clashes.push(`"${q}" in ${other} and ${e.id}`);
        seen.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('carries the metadata the console uses (tags, owners, review dates, products)', () => {
    const pack = load(spec.file);
    const { entries } = pack;
    expect(entries.filter((e) => e.tags?.length).length).toBeGreaterThan(entries.length / 2);
    expect(entries.filter((e) => e.owner).length).toBeGreaterThanOrEqual(5);
    const reviewed = entries.filter((e) => e.reviewBy);
    expect(reviewed.length).toBeGreaterThan(entries.length * 0.8);
    // A few review dates already passed, so "stale" marking has something to show.
    const stale = reviewed.filter((e) => Date.parse(e.reviewBy!) < NOW);
    expect(stale.length).toBeGreaterThanOrEqual(3);
    expect(stale.length).toBeLessThan(reviewed.length / 3);
    const productSpecific = entries.filter((e) => e.products?.length);
    expect(productSpecific.length).toBeGreaterThanOrEqual(3);
    expect(productSpecific.length).toBeLessThanOrEqual(5);
  });

  it('has an expired, a current and a future campaign relative to 2026-11-22', () => {
    const campaigns = load(spec.file).entries.filter((e) => inFamily(e.category, spec.campaignPrefix));
    const from = (e: Entry) => (e.validFrom ? Date.parse(e.validFrom) : -Infinity);
    const until = (e: Entry) => (e.validUntil ? Date.parse(e.validUntil) : Infinity);
    const expired = campaigns.filter((e) => e.validUntil && until(e) < NOW);
    const current = campaigns.filter((e) => e.validFrom && e.validUntil && from(e) <= NOW && NOW <= until(e));
    const future = campaigns.filter((e) => e.validFrom && from(e) > NOW);
    expect(expired.some((e) => e.validUntil!.startsWith('2025'))).toBe(true);
    expect(current.some((e) => until(e) >= Date.parse('2026-12-01T00:00:00Z'))).toBe(true);
    expect(future.some((e) => e.validFrom!.startsWith('2027'))).toBe(true);
  });

  it('has an opener and a closer for every emotion, and standalones for angry and threatening', () => {
    const pack = load(spec.file);
    const scripts = pack.scripts ?? [];
    const missing: string[] = [];
    for (const emotion of emotionLabels) {
      for (const position of ['opener', 'closer'] as const) {
        if (!scripts.some((s) => s.emotion === emotion && s.position === position)) missing.push(`${emotion} ${position}`);
      }
    }
    for (const emotion of ['angry', 'threatening'] as const) {
      if (!scripts.some((s) => s.emotion === emotion && s.position === 'standalone')) missing.push(`${emotion} standalone`);
    }
    expect(missing).toEqual([]);
    // Category-restricted scripts must point at categories that exist, or they never fire.
    const restricted = scripts.filter((s) => s.categories?.length);
    expect(restricted.length).toBeGreaterThanOrEqual(2);
    for (const s of restricted) {
      for (const c of s.categories!) expect(pack.entries.some((e) => inFamily(e.category, c)), `${s.id}: ${c}`).toBe(true);
    }
  });

  it('uses only known {{variables}} and uses each of them somewhere', () => {
    const pack = load(spec.file);
    const used = new Set<string>();
    for (const text of allText(pack)) {
      for (const m of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
        expect(allowedVariables.has(m[1]!), `unknown variable in: ${text}`).toBe(true);
        used.add(m[1]!);
      }
      const rest = text.replace(/\{\{(buyer|order|product|agent)\}\}/g, '');
      expect(rest, `malformed braces in: ${text}`).not.toMatch(/[{}]/);
    }
    for (const e of pack.entries) for (const q of e.questions) expect(q).not.toContain('{{');
    expect([...used].sort()).toEqual([...allowedVariables].sort());
  });

  it('is plain text in the pack language (no HTML, no Markdown)', () => {
    const pack = load(spec.file);
    for (const text of allText(pack)) {
      expect(text, text).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(text, text).not.toMatch(/\*\*|__|`|^#{1,6}\s|^\s*[-*+]\s|\[[^\]]+\]\([^)]+\)/m);
      expect(text.trim(), text).toBe(text);
    }
    for (const e of pack.entries) expect(cjk.test(e.answer), e.id).toBe(spec.chinese);
    for (const s of pack.scripts ?? []) expect(cjk.test(s.text), s.id).toBe(spec.chinese);
  });

  it('has 10–20 synonym groups with no term in two groups', () => {
    const groups = load(spec.file).synonyms ?? [];
    expect(groups.length).toBeGreaterThanOrEqual(10);
    expect(groups.length).toBeLessThanOrEqual(20);
    const owner = new Map<string, number>();
    groups.forEach((g, i) => {
      expect(new Set(g.map((t) => t.toLowerCase())).size, g.join('/')).toBe(g.length);
      for (const t of g) {
        expect(t.trim(), g.join('/')).not.toBe('');
        const prev = owner.get(t.toLowerCase());
        expect(prev, `"${t}" is in groups ${prev} and ${i}`).toBeUndefined();
        owner.set(t.toLowerCase(), i);
      }
    });
  });
});
