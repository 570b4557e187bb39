import { describe, expect, it } from 'vitest';
import { compile, scan } from '@/lib/emotion/trie';
import { lexicon } from '@/lib/emotion/analyse';
import { fold } from '@/lib/emotion/normalize';

const texts = (src: string, groups: Parameters<typeof compile>[0]) => {
  const s = fold(src);
  return scan(compile(groups), s).map((t) => (t.kind === 'stop' ? '|' : s.slice(t.start, t.end)));
};

describe('lexicon hygiene', () => {
  it('no phrase is listed twice (a second copy would be silently dropped)', () => {
    expect(lexicon.duplicates).toEqual([]);
  });
  it('no entry is a lone punctuation mark or space (a "|" slip in a list)', () => {
    for (const t of lexicon.terms) expect(t.text.trim().length >= 2 || /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(t.text)).toBe(true);
  });
});

describe('scan', () => {
  const groups = [
    { terms: '不', kind: 'negator' as const },
    { terms: '不错|满意|happy|disappoint*', labels: { positive: 1 } },
    { terms: 'not|no one', kind: 'negator' as const },
  ];
  it('takes the longest entry at each position (不错 over 不)', () => {
    expect(texts('不错，不满意', groups)).toEqual(['不错', '|', '不', '满意']);
  });
  it('English entries start and end at word boundaries; stems run to the word end', () => {
    expect(texts('unhappy happy happyish', groups)).toEqual(['happy']);
    expect(texts('so disappointing', groups)).toEqual(['disappointing']);
    expect(texts('no one, nothing', groups)).toEqual(['no one', '|']);
  });
  it("adds an apostrophe-less form of phrases with an apostrophe inside a word (dont, im done), not in emoticons", () => {
    const g = [{ terms: "don't", kind: 'negator' as const }];
    expect(texts("dont don't", g)).toEqual(['dont', "don't"]);
    const phrases = [{ terms: "i'm done|what's up|:'(", labels: { angry: 1 } }];
    expect(texts("im done, whats up", phrases)).toEqual(['im done', '|', 'whats up']);
    expect(texts(':(', phrases)).not.toContain(':(');
  });
  it('reads stretched letters as the word (sooo, ughhh, pleeease) but not a doubled one', () => {
    const g = [{ terms: 'so|ugh|please|good|god', labels: { positive: 1 } }];
    expect(texts('sooooo ughhhh pleeeease', g)).toEqual(['sooooo', 'ughhhh', 'pleeeease']);
    // two of a kind is spelling, not stretching: "good" is not "god"
    expect(texts('good', [{ terms: 'god', labels: { positive: 1 } }])).toEqual([]);
    expect(texts('soo', g)).toEqual([]);
  });
  it('reads inside hashtags', () => {
    expect(texts('#nothappy', groups)).toEqual(['not', 'happy']);
  });
  it('collapses a run of ! and ? into one stop that counts them', () => {
    const s = fold('差！！？');
    const stop = scan(lexicon, s).find((t) => t.kind === 'stop');
    expect(stop).toMatchObject({ excl: 2, ques: 1 });
  });
});
