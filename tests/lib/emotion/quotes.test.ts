import { describe, expect, it } from 'vitest';
import { dictatedQuotes, findQuotedPromise, hasQuote, scareQuotes } from '@/lib/emotion/quotes';
import { fold } from '@/lib/emotion/normalize';

const quoted = (text: string) => {
  const q = findQuotedPromise(fold(text));
  return q && { text: text.slice(q.start, q.end), stock: q.stock };
};
const scare = (text: string) => scareQuotes(fold(text)).map((q) => text.slice(q.start, q.end));

describe('quotes', () => {
  it('finds the shop promise or stock reply quoted back', () => {
    expect(quoted("Oh sure, 'ships in 24 hours'. Very funny.")).toEqual({ text: "'ships in 24 hours'", stock: false });
    expect(quoted("Another week of 'we're looking into it'.")).toEqual({ text: "'we're looking into it'", stock: true }); // an apostrophe inside
    expect(quoted('又是一个“正在处理”')).toEqual({ text: '“正在处理”', stock: true });
    expect(quoted("it's fine, don't worry")).toBeUndefined(); // apostrophes are no quotes
  });

  it('finds short scare quotes, not speech', () => {
    expect(scare('真是「优质」卖家')).toEqual(['优质']);
    expect(scare('What "great" service.')).toEqual(['great']);
    expect(scare('“我一想到再也没有人像我这样喜欢你”')).toEqual([]); // opens the message, and too long
    expect(scare('She said "this is the best thing I have ever bought"')).toEqual([]); // too many words
  });

  it('finds words dictated for a card or an engraving, not a screen read out', () => {
    const dictated = (text: string) => dictatedQuotes(fold(text)).map((q) => text.slice(q.start, q.end));
    expect(dictated('卡片上帮我写一句“生日快乐，愿你一直被爱”。谢谢')).toEqual(['“生日快乐，愿你一直被爱”']);
    expect(dictated('The note should say: "Happy birthday, Linda - with love from Sam and Jess."')).toEqual(['"Happy birthday, Linda - with love from Sam and Jess."']);
    expect(dictated('can you engrave "sorry I was late"?')).toEqual(['"sorry I was late"']);
    expect(dictated('My phone says "No SIM" since this morning')).toEqual([]); // what a device shows is the problem
    expect(dictated('屏幕上显示“E5错误”')).toEqual([]);
  });

  it('looks cheaply first', () => {
    expect(hasQuote('no quotes here')).toBe(false);
    expect(hasQuote('「优质」')).toBe(true);
  });
});
