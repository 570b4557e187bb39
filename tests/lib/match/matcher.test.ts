import { describe, expect, it } from 'vitest';
import { buildIndex, Matcher, type MatchEntry } from '@/lib/match';

const entries: MatchEntry[] = [
  { id: 'ship-time', title: '发货时间', questions: ['什么时候发货', '多久能发货'], answer: '付款后48小时内发货。' },
  { id: 'refund', title: '退款进度', questions: ['退款什么时候到账', '钱什么时候退回来'], answer: '退款原路返回，1-3个工作日到账。' },
  { id: 'invoice', title: '开发票', questions: ['可以开发票吗'], answer: '可以，在订单详情申请。', keywords: ['增值税'] },
  { id: 'tracking', title: '查物流', questions: ['我的快递到哪了'], answer: '在订单详情可查看物流。' },
  { id: 'en-refund', title: 'Refund status', questions: ['When will I get my refund?'], answer: 'Refunds take 3-5 business days.' },
  { id: 'en-cancel', title: 'Cancel order', questions: ['How do I cancel my order?'], answer: 'Open the order and press Cancel.' },
  { id: 'en-address', title: 'Change shipping address', questions: ['Can I change my delivery address?'], answer: 'Yes, before it ships.' },
  { id: 'double11', title: '双十一满减', questions: ['双十一有什么优惠活动'], answer: '满300减40。', validFrom: '2026-11-01', validUntil: '2026-11-11' },
  { id: 'old-policy', title: '七天无理由退货', questions: ['可以七天无理由退货吗'], answer: '支持七天无理由退货。', reviewBy: '2026-01-01' },
  { id: 'earbuds-charge', title: '耳机充电', questions: ['怎么充电'], answer: '把耳机放回充电盒。', products: ['蓝牙耳机', 'SKU-778*'] },
  { id: 'watch-charge', title: '手表充电', questions: ['怎么充电'], answer: '用磁吸充电线。', products: ['智能手表'] },
];

const NOV_5 = Date.parse('2026-11-05T12:00:00Z');
const DEC_1 = Date.parse('2026-12-01T12:00:00Z');
const matcher = () => Matcher.fromIndex(buildIndex(entries));
const first = (m: Matcher, q: string, opts = {}) => m.search(q, { now: NOV_5, ...opts })[0]?.id;

describe('Matcher', () => {
  it('finds the entry for plain Chinese and English questions', () => {
    const m = matcher();
    expect(first(m, '请问什么时候发货呀')).toBe('ship-time');
    expect(first(m, 'how can i cancel the order')).toBe('en-cancel');
  });

  it('matches Traditional Chinese questions to Simplified entries', () => {
    expect(first(matcher(), '請問什麼時候發貨')).toBe('ship-time');
  });

  it('applies the built-in synonyms to both sides', () => {
    const m = matcher();
    expect(first(m, '包裹到哪里了')).toBe('tracking'); // 包裹 ~ 快递
    expect(first(m, 'I want my money back')).toBe('en-refund'); // money back ~ refund
  });

  it("applies a pack's own synonyms", () => {
    const packEntries: MatchEntry[] = [
      { id: 'a', title: 'Battery life', questions: ['How long does the battery last?'], answer: '10 hours' },
      { id: 'b', title: 'Screen size', questions: ['How big is the screen?'], answer: '6 inches' },
    ];
    const plain = Matcher.fromIndex(buildIndex(packEntries));
    expect(plain.search('what about the accu')).toEqual([]);
    const taught = Matcher.fromIndex(buildIndex(packEntries, { synonyms: [['battery', 'accu']] }));
    expect(taught.search('what about the accu')[0]?.id).toBe('a');
  });

  it('counts keywords as strong evidence', () => {
    expect(first(matcher(), '增值税')).toBe('invoice');
  });

  it('tolerates English typos and run-together words', () => {
    const m = matcher();
    expect(first(m, 'how to cancle my ordr')).toBe('en-cancel');
    expect(first(m, 'changeaddress please')).toBe('en-address');
  });

  it('does not suggest campaigns outside their validity window', () => {
    const m = matcher();
    expect(first(m, '双十一有什么优惠')).toBe('double11');
    expect(m.search('双十一有什么优惠', { now: DEC_1 }).map((h) => h.id)).not.toContain('double11');
    expect(m.search('双十一有什么优惠', { now: Date.parse('2026-10-01') }).map((h) => h.id)).not.toContain('double11');
    // A date-only validUntil includes that whole day.
    expect(first(m, '双十一有什么优惠', { now: Date.parse('2026-11-11T23:00:00Z') })).toBe('double11');
  });

  it('marks entries past their review date as stale', () => {
    const hit = matcher().search('七天无理由退货', { now: NOV_5 })[0];
    expect(hit?.id).toBe('old-policy');
    expect(hit?.stale).toBe(true);
    expect(matcher().search('什么时候发货', { now: NOV_5 })[0]?.stale).toBe(false);
  });

  it('ranks the entry about the product on screen first', () => {
    const m = matcher();
    const onEarbuds = m.search('怎么充电', { now: NOV_5, context: { product: 'XX 蓝牙耳机 Pro 2026款' } });
    expect(onEarbuds[0]).toMatchObject({ id: 'earbuds-charge', productMatch: true });
    const onWatch = m.search('怎么充电', { now: NOV_5, context: { product: '智能手表 S3' } });
    expect(onWatch[0]?.id).toBe('watch-charge');
    expect(first(m, '怎么充电', { context: { product: 'sku-77812' } })).toBe('earbuds-charge');
  });

  it('does not let the product on screen override a clearly better answer', () => {
    // The earbuds entry shares only 怎么; the refund entry answers the question.
    const hits = matcher().search('怎么退款', { now: NOV_5, context: { product: 'XX 蓝牙耳机 Pro' } });
    expect(hits[0]?.id).toBe('refund');
  });

  it('says which words matched', () => {
    const hit = matcher().search('我的快递到哪了？', { now: NOV_5 })[0];
    expect(hit?.id).toBe('tracking');
    expect(hit?.why.join(' ')).toContain('快递');
    const en = matcher().search('How do I cancel my order?', { now: NOV_5 })[0];
    expect(en?.why.join(' ')).toContain('cancel');
  });

  it('does not show a character pair that cuts through a word as a matched word', () => {
    // 昨天下单 shares the pair 天下 with 今天下午 only by accident; 还没发货 is the real reason.
    const m = Matcher.fromIndex(buildIndex([{ id: 'late', title: '拍了好几天还没发货', questions: ['拍了好几天还没发货', '今天下午能发出吗'], answer: '亲，今天下单明天发出' }]));
    const why = m.search('我昨天下的单 怎么还没发货啊？？', { now: NOV_5 })[0]?.why ?? [];
    expect(why).toContain('还没发货');
    expect(why).not.toContain('天下');
  });

  it('does not give lone characters, bare numbers or stop words as reasons', () => {
    const m = Matcher.fromIndex(buildIndex([{ id: 'return', title: '7 天无理由退货', questions: ['好的 请问 7 天可以退货吗', 'can I return it'], answer: '可以的亲' }]));
    const zh = m.search('好 请 7 退货', { now: NOV_5 })[0]?.why ?? [];
    expect(zh).toContain('退货');
    for (const weak of ['好', '请', '7', '好 请']) expect(zh).not.toContain(weak);
    const en = m.search('can I return it', { now: NOV_5 })[0]?.why ?? [];
    expect(en.join(' ')).toContain('return');
    expect(en).not.toContain('can');
  });

  it('returns nothing for empty, whitespace or emoji-only questions', () => {
    const m = matcher();
    for (const q of ['', '   ', '😡😡😡', '？？！', '\n\t']) expect(m.search(q)).toEqual([]);
  });

  it('reads the end of a long message too (the question often comes last)', () => {
    const story = '我上个月在你们店买了一件外套，颜色挺好看的，朋友也说不错，'.repeat(40);
    expect(first(matcher(), `${story}请问现在退款什么时候到账`)).toBe('refund');
  });

  it('handles a 2,000-character question', () => {
    const long = '你好，我想问一下什么时候发货，'.repeat(134).slice(0, 2000);
    expect(long.length).toBe(2000);
    expect(first(matcher(), long)).toBe('ship-time');
  });

  it('respects top and returns hits best first', () => {
    const hits = matcher().search('什么时候', { now: NOV_5, top: 2 });
    expect(hits.length).toBeLessThanOrEqual(2);
    if (hits.length === 2) expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  it('learns phrasings agents inserted, and can forget them', () => {
    const m = matcher();
    const q = '亲，能不能快点寄';
    expect(first(m, q)).not.toBe('ship-time');
    m.addLearned([{ entryId: 'ship-time', text: q }]);
    expect(first(m, q)).toBe('ship-time');
    expect(first(m, '快点寄吧')).toBe('ship-time');
    m.removeLearned([{ entryId: 'ship-time', text: q }]);
    expect(first(m, q)).not.toBe('ship-time');
    m.addLearned([{ entryId: 'no-such-entry', text: q }]); // ignored, no throw
  });
});

describe('SearchIndexData', () => {
  it('survives structured clone (IndexedDB) unchanged, typed arrays included', () => {
    const data = buildIndex(entries);
    const copy = structuredClone(data);
    expect(copy.postingEntries).toBeInstanceOf(Uint32Array);
    expect(copy.postingWeights).toBeInstanceOf(Uint16Array);
    const viaClone = Matcher.fromIndex(copy);
    for (const q of ['什么时候发货', '快递到哪了', '退款多久到账']) {
      const expected = Matcher.fromIndex(data).search(q, { now: NOV_5 });
      expect(expected.length).toBeGreaterThan(0);
      expect(viaClone.search(q, { now: NOV_5 })).toEqual(expected);
    }
  });

  it('stores postings, phrasings and keywords as consistent flat lists', () => {
    const data = buildIndex(entries);
    const n = data.ids.length;
    expect(data.ids).toEqual(entries.map((e) => e.id));
    expect(data.postingStart.length).toBe(data.terms.length + 1);
    expect(data.postingStart[data.terms.length]).toBe(data.postingEntries.length);
    for (let t = 0; t < data.terms.length; t++) {
      const list = [...data.postingEntries.subarray(data.postingStart[t], data.postingStart[t + 1])];
      expect(list.length).toBeGreaterThan(0);
      expect(list).toEqual([...list].sort((a, b) => a - b)); // ascending, for the binary search
      expect(list.every((e) => e < n)).toBe(true);
    }
    // One phrasing per title plus one per question, each without repeated terms.
    expect(data.phrasingStart[n]).toBe(entries.reduce((sum, e) => sum + 1 + e.questions.length, 0));
    for (let p = 0; p < data.phrasingStart[n]!; p++) {
      const terms = [...data.phrasingTerms.subarray(data.phrasingTermStart[p], data.phrasingTermStart[p + 1])];
      expect(new Set(terms).size).toBe(terms.length);
    }
    expect(data.keywordStart.length).toBe(n + 1);
  });

  it('indexes several packs together with opaque ids', () => {
    const a = entries.slice(0, 3).map((e) => ({ ...e, id: `packA:${e.id}` }));
    const b = entries.slice(3, 6).map((e) => ({ ...e, id: `packB/${e.id}` }));
    const m = Matcher.fromIndex(buildIndex([...a, ...b]));
    expect(first(m, '快递到哪了')).toBe('packB/tracking');
    expect(first(m, '什么时候发货')).toBe('packA:ship-time');
  });

  it('gives an empty matcher for an index of another version', () => {
    const m = Matcher.fromIndex({ ...buildIndex(entries), version: 999 });
    expect(m.search('什么时候发货')).toEqual([]);
  });
});

describe('learned phrasings', () => {
  it('are bounded: the oldest are forgotten first', async () => {
    const { MAX_LEARNED } = await import('@/lib/match');
    const m = matcher();
    const oldest = '最早教的一句话甲乙丙';
    m.addLearned([{ entryId: 'invoice', text: oldest }]);
    expect(first(m, oldest)).toBe('invoice');
    m.addLearned(Array.from({ length: MAX_LEARNED }, (_, i) => ({ entryId: 'refund', text: `第${i}句 xyz${i}` })));
    expect(first(m, oldest)).not.toBe('invoice');
  });
});

describe('bad input never throws', () => {
  it('indexes entries with missing fields and odd synonym groups', () => {
    const odd = [{ id: 'a', title: '发货', questions: ['什么时候发货'], answer: 'x' }, { id: 'b' } as unknown as MatchEntry];
    const m = Matcher.fromIndex(buildIndex(odd, { synonyms: [['x'], 'nope' as unknown as string[], ['发货', 3 as unknown as string, '寄出']] }));
    expect(m.search('什么时候寄出')[0]?.id).toBe('a');
  });

  it('treats a damaged stored index as empty and odd options as defaults', () => {
    const data = buildIndex(entries);
    expect(Matcher.fromIndex({ ...data, postingStart: data.postingStart.subarray(1) }).search('什么时候发货')).toEqual([]);
    expect(Matcher.fromIndex({ ...data, postingWeights: Float32Array.from(data.postingWeights) as never }).search('什么时候发货')).toEqual([]);
    expect(Matcher.fromIndex(JSON.parse(JSON.stringify(data))).search('什么时候发货')).toEqual([]); // typed arrays lost
    expect(Matcher.fromIndex(null as unknown as ReturnType<typeof buildIndex>).search('什么时候发货')).toEqual([]);
    const m = Matcher.fromIndex(data);
    expect(m.search('什么时候发货', { top: Number.NaN, now: Number.NaN })[0]?.id).toBe('ship-time');
    expect(m.search(42 as unknown as string)).toEqual([]);
  });
});
