import { describe, expect, it } from 'vitest';
import { findDeadlines } from '@/lib/emotion/deadlines';
import { fold } from '@/lib/emotion/normalize';

const found = (text: string) => findDeadlines(fold(text)).map((d) => text.slice(d.start, d.end));

describe('dates given as deadlines', () => {
  it.each([
    ['28号之前能送到吗', '28号之前'],
    ['麻烦12月5日前寄到', '12月5日前'],
    ['十五号以前一定要到', '十五号以前'],
    ['月底前能到就行', '底前'],
    ['I need it before the 25th', 'before the 25th'],
    ['Can it arrive by Dec 3?', 'by Dec 3'],
    ['needed by 3 March for the show', 'by 3 March'],
    ['no later than the 9th of June', 'no later than the 9th of June'],
  ])('%s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it.each([
    '三年前买过一次', // years ago, not a deadline
    '两天前就发货了', // days ago
    'by the way, is it cotton?',
    'I can do it by myself',
    'before may I ask the price',
  ])('not a deadline: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
