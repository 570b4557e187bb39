import { describe, expect, it } from 'vitest';
import { placeholder, piiKinds, redact } from '@/lib/redact';

describe('redact', () => {
  it('reports kinds with offsets into the original text', () => {
    const text = '手机１３８１２３４５６７８，邮箱 a.b@qq.com';
    const r = redact(text);
    expect(r.text).toBe('手机〔phone〕，邮箱 〔email〕');
    expect(r.found.map((f) => [f.kind, text.slice(f.start, f.end), f.detector])).toEqual([
      ['phone', '１３８１２３４５６７８', 'phone-cn'],
      ['email', 'a.b@qq.com', 'email'],
    ]);
  });

  it('uses one placeholder per kind, parseable by the team lead', () => {
    expect(piiKinds.map(placeholder)).toEqual(['〔phone〕', '〔email〕', '〔address〕', '〔id〕', '〔card〕', '〔order〕', '〔tracking〕', '〔name〕', '〔account〕']);
  });

  it('is idempotent: placeholders are never masked again, even by a nickname that spells a kind', () => {
    const once = redact('我是phone哥，电话13812345678', { names: ['phone哥', 'one'] });
    expect(once.text).toBe('我是〔name〕，电话〔phone〕');
    const twice = redact(once.text, { names: ['phone哥', 'one'] });
    expect(twice).toEqual({ text: once.text, found: [] });
  });

  it('prefers the longest span, then the most specific detector', () => {
    // One +1 number, not a "+1" plus a North-American number inside it.
    expect(redact('call +1 (415) 555-0132').found).toEqual([{ kind: 'phone', start: 5, end: 22, detector: 'phone-intl' }]);
    // A Luhn-valid number after 订单 is an order; after 卡号 a card; bare, a card.
    expect(redact('订单4012888888881881').text).toBe('订单〔order〕');
    expect(redact('卡号4012888888881881').text).toBe('卡号〔card〕');
    expect(redact('4012888888881881').text).toBe('〔card〕');
  });

  it('ignores names that would mask too much and escapes regex characters in them', () => {
    expect(redact('a b c 张', { names: ['a', '张', '', '  '] }).found).toEqual([]);
    expect(redact('买家 A.*B 说', { names: ['A.*B'] }).text).toBe('买家 〔name〕 说');
    expect(redact('AxxB', { names: ['A.*B'] }).text).toBe('AxxB');
    // Full-width and half-width spellings of a nickname are the same nickname.
    expect(redact('ＡＭＹ２０２０ 又来了', { names: ['amy2020'] }).text).toBe('〔name〕 又来了');
    expect(redact('amy2020 又来了', { names: ['ＡＭＹ２０２０'] }).text).toBe('〔name〕 又来了');
    // Latin names match whole words, any case.
    expect(redact('Tom said tomorrow, TOM!', { names: ['tom'] }).text).toBe('〔name〕 said tomorrow, 〔name〕!');
  });

  it('never throws on odd input', () => {
    expect(redact('')).toEqual({ text: '', found: [] });
    expect(redact(undefined as unknown as string)).toEqual({ text: '', found: [] });
    expect(redact('x', { names: [42, null] as unknown as string[] })).toEqual({ text: 'x', found: [] });
    expect(redact('x', { names: 'not-an-array' as unknown as string[] })).toEqual({ text: 'x', found: [] });
  });

  it('keeps long messages fast enough to run on every report (no catastrophic backtracking)', () => {
    // Not a timing assertion: a pathological regex would hang here, not merely run slow.
    const filler = ['路'.repeat(3000), '1'.repeat(3000), 'a '.repeat(3000), '省市区'.repeat(1000), '1 '.repeat(3000), 'x at '.repeat(1000)].join('');
    const r = redact(filler);
    expect(typeof r.text).toBe('string');
  });
});
