import type { GapReport } from '@/lib/report';

/** A complete, valid, already-masked report; override what a test is about. */
export function sampleReport(over: Partial<GapReport> = {}): GapReport {
  return {
    format: 'kbreport/1',
    id: '7b0e3c4a-9f1d-4c1e-8a55-2f6d0c9b1e42',
    createdAt: '2026-11-22T06:30:00.000Z',
    kind: 'missing',
    question: '你们支持寄到〔address〕吗，运费多少？',
    previous: ['在吗', '我想问下偏远地区'],
    console: { id: 'pinduoduo', name: '拼多多' },
    searched: '偏远地区 运费',
    suggestions: [
      { entryId: 'ship-remote', title: '偏远地区发货说明', score: 0.41 },
      { entryId: 'ship-fee', title: '运费怎么算', score: 0.22 },
    ],
    note: '新疆西藏的运费表里没有',
    sentReply: '亲，偏远地区需要补运费10元哦',
    emotion: { main: 'confused', urgency: 'medium' },
    packs: [{ id: 'shop-basics', version: '1.4.0' }],
    agent: '小王',
    locale: 'zh-CN',
    ...over,
  };
}
