import { describe, expect, it } from 'vitest';
import { MAX_PREVIOUS, pickQuestion, type ThreadRow } from '@/lib/console/question';

const buyer = (text: string): ThreadRow => ({ role: 'buyer', kind: 'text', text });
const seller = (text: string): ThreadRow => ({ role: 'seller', kind: 'text', text });
const system = (text: string): ThreadRow => ({ role: 'system', kind: 'text', text });
const image: ThreadRow = { role: 'buyer', kind: 'image', text: '' };

describe('pickQuestion', () => {
  it('returns nothing for a thread without buyer messages', () => {
    expect(pickQuestion([seller('您好')])).toEqual({ question: '', questionParts: [], previous: [] });
  });

  it('merges short consecutive buyer messages, across notices but not across a reply', () => {
    const p = pickQuestion([buyer('退货'), seller('好的'), buyer('在吗'), system('买家已下单'), buyer('这个'), buyer('什么时候发货')]);
    expect(p.questionParts).toEqual(['在吗', '这个', '什么时候发货']);
    expect(p.question).toBe('在吗 这个 什么时候发货');
    expect(p.previous).toEqual(['退货']);
  });

  it('does not merge a long earlier message: it becomes a previous question', () => {
    const long = '我上周买的那件羽绒服袖口有点开线了，想问一下能不能换一件新的，或者退款也可以';
    const p = pickQuestion([buyer(long), buyer('黑色有货吗')]);
    expect(p.questionParts).toEqual(['黑色有货吗']);
    expect(p.previous).toEqual([long]);
  });

  it('keeps the newest message whatever its length', () => {
    const long = '我上周买的那件羽绒服袖口有点开线了，想问一下能不能换一件新的，或者退款也可以';
    expect(pickQuestion([buyer('在吗'), buyer(long)]).questionParts).toEqual(['在吗', long]);
  });

  it('takes the last substantive message as the question when the buyer only chased it with nudges', () => {
    const long = '我上周买的那件衣服到现在都还没到，物流也一直不更新，怎么回事啊';
    const p = pickQuestion([seller('您好'), buyer(long), buyer('在吗'), buyer('？')]);
    expect(p.question).toBe(long);
    // The nudges stay after it, so the conversation's urgency still sees the chasing.
    expect(p.questionParts).toEqual([long, '在吗', '？']);
    expect(p.previous).toEqual([]);
    const en = pickQuestion([buyer('Can I change the size to L?'), buyer('hello??'), { role: 'system', kind: 'text', text: 'Auto reply' }, buyer('anyone there')]);
    expect(en.question).toBe('Can I change the size to L?');
    expect(pickQuestion([buyer('这个什么时候发货'), buyer('人呢'), buyer('在嗎')]).question).toBe('这个什么时候发货');
  });

  it('keeps nudges as the question when nothing substantive came since the shop replied', () => {
    const p = pickQuestion([buyer('什么时候发货'), seller('亲，48小时内发货'), buyer('在吗'), buyer('？')]);
    expect(p.question).toBe('在吗 ？');
    expect(p.previous).toEqual(['什么时候发货']);
    expect(pickQuestion([buyer('在吗')]).question).toBe('在吗');
  });

  it('flags a non-text newest message and still reads the text of its burst', () => {
    const p = pickQuestion([seller('您好'), buyer('这里坏了'), image]);
    expect(p.nonText).toBe('image');
    expect(p.question).toBe('这里坏了');
  });

  it(`keeps at most ${MAX_PREVIOUS} previous messages, oldest first`, () => {
    const rows: ThreadRow[] = [];
    for (let i = 1; i <= 8; i += 1) rows.push(buyer(`问题${i}`), seller(`回答${i}`));
    rows.push(buyer('最后一个问题'));
    const p = pickQuestion(rows);
    expect(p.previous).toEqual(['问题4', '问题5', '问题6', '问题7', '问题8']);
  });

  it('carries the truncation flag of a capped part', () => {
    expect(pickQuestion([{ ...buyer('长…'), truncated: true }]).truncated).toBe(true);
  });
});

describe('the reply the shop sent', () => {
  it('is the latest seller text after the question, and absent before any reply', () => {
    const b = (text: string) => ({ role: 'buyer' as const, kind: 'text' as const, text });
    const s = (text: string) => ({ role: 'seller' as const, kind: 'text' as const, text });
    expect(pickQuestion([b('在吗'), b('什么时候发货')]).lastReply).toBeUndefined();
    expect(pickQuestion([s('您好'), b('什么时候发货'), s('亲，48小时内发货'), s('还有别的问题吗')]).lastReply).toBe('还有别的问题吗');
  });
  it('an emoji-only message after a question is the question itself: the agent must see the 😡', () => {
    const p = pickQuestion([seller('好的'), buyer('为什么还没有发货'), buyer('😡😡😡')]);
    expect(p.question).toBe('为什么还没有发货 😡😡😡');
  });
});
