import { describe, expect, it } from 'vitest';
import { daysBetween, findElapsed } from '@/lib/emotion/elapsed';
import { fold } from '@/lib/emotion/normalize';

const days = (text: string) => findElapsed(fold(text)).map((e) => e.days);

describe('a wait told as the order date and today', () => {
  it.each([
    ['3号下的单，今天都20号了', 17],
    ['我3号下单的 今天都10号了', 7],
    ['20号买的 今天都3号了', 13], // into the next month
    ['双十一买的 现在都十二月了', 34],
    ['周一拍的 今天周五了', 4],
    ['3號落單今日已經20號', 17], // Cantonese, Traditional
    ['十二月三号付的款，现在是十二月二十号', 17],
    ['I pre-ordered in March and it is now June.', 90],
    ["Ordered Nov 3, it's Nov 20 now", 17],
    ["I ordered it on Monday, it's Friday now and still nothing", 4],
    ["Bought it on the 2nd and it's the 9th today", 7],
  ])('%s', (text, n) => {
    expect(days(text)).toEqual([n]);
  });

  it.each([
    '12月3号下的单 今天4号', // one day is no wait yet
    '3号的票还有吗',
    '周一能发货吗',
    'I ordered the 3rd one, it is the best',
    'ordered a size 8, is it true to size?',
    "it's Friday, can you ship today?", // a day named without an order date
  ])('no wait: %s', (text) => {
    expect(days(text)).toEqual([]);
  });

  it('tells an order date from a promised date and a return sent back', () => {
    const kind = (text: string) => findElapsed(fold(text)).map((e) => [e.kind, e.days]);
    expect(kind('3号下的单，今天都20号了')).toEqual([['order', 17]]);
    expect(kind('预售说15号发，今天17号了')).toEqual([['promise', 2]]);
    expect(kind('It was supposed to arrive on the 8th. It is the 12th.')).toEqual([['promise', 4]]);
    expect(kind('3号寄回的 今天都12号了')).toEqual([['return', 9]]);
    expect(kind("I sent it back on the 3rd, it's now the 20th")).toEqual([['return', 17]]);
  });

  it('counts weekdays round the week, and needs both sides to compare', () => {
    expect(daysBetween({ weekday: 5 }, { weekday: 1 })).toBe(3);
    expect(daysBetween({ weekday: 2 }, { weekday: 2 })).toBe(7);
    expect(daysBetween({ weekday: 2 }, { day: 9 })).toBeUndefined();
    expect(daysBetween({ month: 3 }, { day: 9 })).toBeUndefined();
  });
});
