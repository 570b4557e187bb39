import { describe, expect, it } from 'vitest';
import { fold } from '@/lib/emotion/normalize';
import { T2S_PAIRS as hantPairs } from '@/lib/text/t2s';

describe('fold', () => {
  it('keeps the length, so offsets stay valid', () => {
    for (const s of ['氣死我了！！', 'ＨＥＬＬＯ，World', '😡 emoji ❤️', '', 'don’t “quote”']) expect(fold(s)).toHaveLength(s.length);
  });
  it('Traditional → Simplified, full-width → ASCII, lower case, curly quotes', () => {
    expect(fold('還沒發貨，質量太差')).toBe('还没发货,质量太差');
    expect(fold('ＡＳＡＰ！')).toBe('asap!');
    expect(fold('Don’t')).toBe("don't");
    expect(fold('好。')).toBe('好.');
  });
  it('the pair table is well formed: one BMP character to one, no character listed twice', () => {
    expect(hantPairs.length % 2).toBe(0);
    const seen = new Set<string>();
    for (let i = 0; i < hantPairs.length; i += 2) {
      const from = hantPairs[i]!;
      const to = hantPairs[i + 1]!;
      expect(from).not.toBe(to);
      expect(seen.has(from)).toBe(false);
      seen.add(from);
      expect(from.charCodeAt(0)).toBeGreaterThanOrEqual(0x3400);
      expect(to.charCodeAt(0)).toBeGreaterThanOrEqual(0x3400);
    }
  });
});
