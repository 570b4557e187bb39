import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, normalizeForMatch, toSimplified } from '@/lib/match/normalize';

describe('normalizeForMatch', () => {
  it('folds full-width forms and case', () => {
    expect(normalizeForMatch('ＡＢＣ Refund')).toBe('abc refund');
  });

  it('turns Traditional characters into Simplified', () => {
    expect(normalizeForMatch('訂單還沒發貨')).toBe('订单还没发货');
    expect(toSimplified('發貨 123')).toBe('发货 123');
    expect(toSimplified('為甚麼還沒到')).toBe('为什么还没到'); // word-level: 甚麼 → 什么
    expect(toSimplified('帳號密碼')).toBe('账号密码');
  });

  it('strips punctuation and emoji', () => {
    expect(normalizeForMatch('where is my parcel?!! 😡😡')).toBe('where is my parcel');
    expect(normalizeForMatch('😡🙏…')).toBe('');
  });

  it('reduces order numbers, phones, amounts and e-mails to placeholders', () => {
    const p = (name: string) => PLACEHOLDER + name;
    expect(normalizeForMatch('order 113542617735902 please')).toBe(`order ${p('order')} please`);
    expect(normalizeForMatch('订单号：１２３４５６７８９０')).toBe(`订单号 ${p('order')}`);
    expect(normalizeForMatch('I paid $32.80')).toBe(`i paid ${p('amount')}`);
    expect(normalizeForMatch('退我50元')).toBe(`退我 ${p('amount')}`);
    expect(normalizeForMatch('打13812345678')).toBe(`打 ${p('phone')}`);
    expect(normalizeForMatch('mail me at a.b@example.com')).toBe(`mail me at ${p('email')}`);
  });

  it('keeps negations of contractions', () => {
    expect(normalizeForMatch("I can't log in, it won't load, didnt arrive")).toBe('i can not log in it will not load did not arrive');
  });

  it('keeps short numbers (10 days is not an order number)', () => {
    expect(normalizeForMatch('10 days')).toBe('10 days');
  });
});
