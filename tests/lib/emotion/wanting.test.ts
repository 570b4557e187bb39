import { describe, expect, it } from 'vitest';
import { wantsBadly } from '@/lib/emotion/wanting';
import { careLabels, detectEmotion } from '@/lib/emotion/index';
import { fold } from '@/lib/emotion/normalize';

// lib/emotion/wanting.ts: "so bad" that says how much someone wants something.
const badly = (t: string) => {
  const s = fold(t);
  const m = /so bad(?:ly)?/.exec(s)!;
  return wantsBadly(s, m.index, m.index + m[0].length);
};
const care = (t: string) => detectEmotion(t).emotions.some((e) => (careLabels as readonly string[]).includes(e.label));

describe('wantsBadly', () => {
  it('a want or need before it in the same sentence', () => {
    expect(badly('I want that jacket so bad')).toBe(true);
    expect(badly('we need a vacation so badly')).toBe(true);
  });
  it('not a thing that is bad, nor a want in another sentence', () => {
    expect(badly('The stitching is so bad')).toBe(false);
    expect(badly('I wanted the blue one. This one fits so bad')).toBe(false);
  });
});

describe('detectEmotion: longing is no letdown', () => {
  it('"I want it so bad" asks for no soothing; "it smells so bad" still does', () => {
    expect(care('I want the limited edition so bad')).toBe(false);
    expect(care('The sofa smells so bad')).toBe(true);
  });
});
