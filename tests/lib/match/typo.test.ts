import { describe, expect, it } from 'vitest';
import { TypoIndex, splitWord } from '@/lib/match/typo';

describe('TypoIndex', () => {
  const words = ['cancel', 'order', 'refund', 'address'];
  const index = new TypoIndex(words.map((w, i) => [w, i] as [string, number]));
  const near = (w: string) => index.near(w).map((i) => words[i]);

  it('finds words one deletion, insertion, substitution or swap away', () => {
    expect(near('cancl')).toContain('cancel');
    expect(near('canceel')).toContain('cancel');
    expect(near('refumd')).toContain('refund');
    expect(near('adress')).toContain('address');
    expect(near('ordre')).toContain('order');
  });

  it('does not stretch to unrelated words or short tokens', () => {
    expect(near('banana')).toEqual([]);
    expect(near('ord')).toEqual([]); // too short to correct safely
  });
});

describe('splitWord', () => {
  const known = new Set(['report', 'chang', 'address', 'help']);
  it('splits run-together words into known words, dropping stop words', () => {
    expect(splitWord('toreport', (s) => known.has(s))).toEqual(['report']);
    expect(splitWord('changeaddress', (s) => known.has(s))).toEqual(['chang', 'address']);
  });
  it('gives [] when no split works', () => {
    expect(splitWord('qwertyuiop', (s) => known.has(s))).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', async () => {
    const { editDistance } = await import('@/lib/match/typo');
    expect(editDistance('shpi', 'ship')).toBe(1);
    expect(editDistance('shpi', 'shop')).toBe(2);
    expect(editDistance('cancel', 'cancel')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('prefers the closest known word', () => {
    const words = ['ship', 'shop'];
    const index = new TypoIndex(words.map((w, i) => [w, i] as [string, number]));
    expect(index.near('shpi').map((i) => words[i])).toEqual(['ship']);
  });
});
