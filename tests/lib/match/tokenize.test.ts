import { describe, expect, it } from 'vitest';
import { MAX_TOKENS, analyze, terms } from '@/lib/match/tokenize';
import { synonymsFor } from '@/lib/match/synonyms';

const syn = synonymsFor();

describe('tokenize', () => {
  it('gives Chinese character bigrams whatever the segmenter does', () => {
    const t = terms('我的快递到哪了', syn);
    for (const bigram of ['我的', '快递', '递到', '到哪']) expect(t).toContain(bigram);
  });

  it('drops English stop words and stems the rest', () => {
    const t = terms('I want to cancel my orders', syn);
    expect(t).toContain('cancel');
    expect(t).toContain('order');
    expect(t).not.toContain('my');
    expect(t).not.toContain('to');
  });

  it('folds synonym phrases on both languages to one term', () => {
    expect(terms('I want my money back', syn)).toEqual(terms('I want a refund', syn));
    expect(terms('退钱', syn)).toEqual(terms('退款', syn));
    expect(terms('where is my parcel', syn)).toEqual(terms('where is my package', syn));
  });

  it('keeps mixed Chinese and English', () => {
    const t = terms('iPhone 15 充电器坏了', syn);
    expect(t).toContain('iphon');
    expect(t).toContain('15');
    expect(t).toContain('充电');
  });

  it('caps the number of tokens of a very long text', () => {
    const long = '我想问一下这个商品什么时候发货'.repeat(200);
    expect(analyze(long, syn).tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
  });

  it('gives nothing for emoji, punctuation or whitespace', () => {
    expect(terms('😡😡 !!! ', syn)).toEqual([]);
    expect(terms('   ', syn)).toEqual([]);
  });
});
