import { describe, expect, it } from 'vitest';
import { createT, messageKeys, pickLocale } from '@/lib/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  const zh = createT('zh');
  const en = createT('en');

  it('both languages have every string, with the same {placeholders}', () => {
    expect(messageKeys.length).toBeGreaterThan(100);
    for (const k of messageKeys) {
      expect(zh(k).trim(), k).not.toBe('');
      expect(en(k).trim(), k).not.toBe('');
      expect(placeholders(en(k)), k).toEqual(placeholders(zh(k)));
    }
  });

  it('the English table has no Chinese in it (a zh panel gets zh, an en panel en)', () => {
    for (const k of messageKeys) expect(en(k), k).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('fills placeholders and picks the language from the browser', () => {
    expect(en('showWeaker', { n: 3 })).toBe('Show 3 weaker suggestions');
    expect(pickLocale('zh-TW')).toBe('zh');
    expect(pickLocale('en-GB')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });
});
