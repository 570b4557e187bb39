import { describe, expect, it } from 'vitest';
import { groupQuestions, MAX_GROUP_QUESTIONS, questionKey, type GroupItem } from '@/lib/gaps/group';

const items = (texts: string[]): GroupItem[] => texts.map((text, i) => ({ id: `q${i + 1}`, text }));
/** Groups as sets of texts, for comparing partitions without caring about ranking. */
const partition = (texts: string[], threshold?: number) =>
  groupQuestions(items(texts), threshold === undefined ? {} : { threshold })
    .map((g) => g.ids.map((id) => texts[Number(id.slice(1)) - 1]).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('groupQuestions', () => {
  it('puts paraphrases of one need together and keeps other needs apart (Chinese and English)', () => {
    const texts = [
      '偏远地区运费多少',
      '偏远地区要加运费吗',
      '什么时候发货',
      '今天下单什么时候发货',
      '怎么退货',
      'Can I get an invoice?',
      'how do I get an invoice for my order',
      'when will my order ship',
      'when does my order ship?',
    ];
    expect(partition(texts)).toEqual(
      [
        ['偏远地区要加运费吗', '偏远地区运费多少'],
        ['今天下单什么时候发货', '什么时候发货'],
        ['怎么退货'],
        ['Can I get an invoice?', 'how do I get an invoice for my order'],
        ['when does my order ship?', 'when will my order ship'],
      ]
        .map((g) => g.sort())
        .sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
  });

  it('treats spellings that match alike as one phrasing: case, full-width, Traditional, punctuation, masked data', () => {
    const texts = ['什么时候发货', '什麼時候發貨？？', '什么时候 发货!', 'WHEN WILL MY ORDER SHIP', 'ｗｈｅｎ ｗｉｌｌ ｍｙ ｏｒｄｅｒ ｓｈｉｐ', '我的电话〔phone〕怎么改地址', '我的电话〔name〕怎么改地址'];
    expect(questionKey(texts[0]!)).toBe(questionKey(texts[1]!));
    expect(questionKey(texts[5]!)).toBe(questionKey(texts[6]!));
    const groups = groupQuestions(items(texts));
    expect(groups.map((g) => [g.count, g.questions.length])).toEqual([
      [3, 1],
      [2, 1],
      [2, 1],
    ]);
    // The first spelling seen is the one shown.
    expect(groups.map((g) => g.representative)).toEqual(['什么时候发货', 'WHEN WILL MY ORDER SHIP', '我的电话〔phone〕怎么改地址']);
  });

  it('lists distinct phrasings most common first, the representative being the most common', () => {
    const texts = ['今天下单什么时候发货', '什么时候发货', '什么时候发货', '什么时候发货呢', '什么时候发货呢', '什么时候发货'];
    const [g, ...rest] = groupQuestions(items(texts));
    expect(rest).toEqual([]);
    expect(g).toMatchObject({ representative: '什么时候发货', questions: ['什么时候发货', '什么时候发货呢', '今天下单什么时候发货'], count: 6, score: 6 });
    expect(g!.ids).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
  });

  it('ranks by count × urgency weight, then count, then first appearance', () => {
    const list: GroupItem[] = [
      { id: 'a1', text: 'how do I get an invoice', weight: 1 },
      { id: 'b1', text: '偏远地区运费多少', weight: 3 },
      { id: 'a2', text: 'how do I get an invoice', weight: 1 },
      { id: 'c1', text: '怎么退货', weight: 2 },
      { id: 'a3', text: 'how do I get an invoice', weight: 1 },
      { id: 'd1', text: '能开增值税专用发票吗' }, // no weight: 1
      { id: 'b2', text: '偏远地区运费多少', weight: 3 },
      { id: 'e1', text: 'where is my parcel', weight: Number.NaN }, // bad weight: 1
    ];
    expect(groupQuestions(list).map((g) => [g.ids.join(' '), g.count, g.score])).toEqual([
      ['b1 b2', 2, 6],
      ['a1 a2 a3', 3, 3],
      ['c1', 1, 2],
      ['d1', 1, 1],
      ['e1', 1, 1],
    ]);
  });

  it('skips questions with nothing to match on: empty, emoji, punctuation, only masked data', () => {
    const list = items(['', '   ', '😀😀👍', '？？！！…', '〔phone〕〔order〕', '什么时候发货']);
    list.push({ id: 'bad', text: undefined as unknown as string });
    const groups = groupQuestions(list);
    expect(groups.map((g) => g.ids)).toEqual([['q6']]);
    expect(groupQuestions([])).toEqual([]);
    expect(groupQuestions(items(['😀', '']))).toEqual([]);
  });

  it('keeps at most MAX_GROUP_QUESTIONS phrasings but every id', () => {
    const texts = Array.from({ length: 14 }, (_, i) => `什么时候发货${'呀呢哦啊吧嘛啦哇喔嗯'.slice(0, i % 10)}${i >= 10 ? ` 第${i}次` : ''}`);
    const groups = groupQuestions(items(texts), { threshold: 0.2 });
    const all = groups.find((g) => g.ids.includes('q1'))!;
    expect(all.questions.length).toBeLessThanOrEqual(MAX_GROUP_QUESTIONS);
    expect(groups.reduce((n, g) => n + g.ids.length, 0)).toBe(14);
    expect(new Set(all.questions).size).toBe(all.questions.length);
  });

  it('suggests the most common category (ties: the first seen), and none when no item has one', () => {
    const cat = (text: string, category?: string, id = text): GroupItem => ({ id, text, ...(category ? { category } : {}) });
    const groups = groupQuestions([
      cat('偏远地区运费多少', '物流', 'x1'),
      cat('偏远地区运费多少', '售后', 'x2'),
      cat('偏远地区运费多少', '售后', 'x3'),
      cat('how do I get an invoice', '发票', 'y1'),
      cat('how do I get an invoice', '财务', 'y2'),
      cat('怎么退货'),
    ]);
    expect(groups.map((g) => g.category)).toEqual(['售后', '发票', undefined]);
    expect('category' in groups[2]!).toBe(false);
  });

  it('a higher threshold makes smaller groups', () => {
    const texts = ['偏远地区运费多少', '偏远地区要加运费吗', '什么时候发货', '今天下单什么时候发货'];
    expect(partition(texts, 0.99)).toHaveLength(4);
    expect(partition(texts)).toHaveLength(2);
  });

  it('is deterministic and groups 5,000 questions without mixing needs', () => {
    // Synthetic: 20 needs × 10 phrasings × 25 fillers (greetings, politeness) = 5,000 distinct questions.
    const needs = ['发票', '退货', '运费', '尺码', '保修', '优惠券', '赠品', '包装', '颜色', '快递', '材质', '电池', '充电器', '说明书', '安装', '积分', '会员', '预售', '定金', '价格'];
    const phrasings = ['{t}怎么弄', '请问{t}是怎么回事', '关于{t}想问一下', '{t}能帮我看看吗', '{t}有问题', '我想了解{t}', '{t}的规则是什么', '问下{t}', '{t}怎么处理', '你好{t}咋办'];
    const fillers = ['', '亲', '急', '老板', '客服', '谢谢', '在吗', '麻烦', '马上', '今天', '明天', '快点', '好的', '求助', '您好', '那个', '对了', '还有', '另外', '顺便', '请教', '打扰', '劳驾', '朋友', '掌柜'];
    const list: (GroupItem & { need: string })[] = [];
    for (const f of fillers) for (const t of needs) for (const p of phrasings) list.push({ id: String(list.length), text: `${f ? `${f}，` : ''}${p.replace('{t}', t)}`, need: t });
    expect(list.length).toBe(5000);
    const groups = groupQuestions(list);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(5000);
    const needOf = new Map(list.map((i) => [i.id, i.need]));
    for (const g of groups) expect(new Set(g.ids.map((id) => needOf.get(id))).size).toBe(1);
    // The fillers do not split a need into a group per filler.
    expect(groups.length).toBeLessThanOrEqual(needs.length * phrasings.length);
    expect(groupQuestions(list)).toEqual(groups);
  }, 120_000);
});
