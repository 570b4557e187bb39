import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';

const masked = (text: string) => redact(text).text;

describe('bank-card', () => {
  it('masks American Express numbers grouped 4-6-5', () => {
    expect(masked('信用卡 3782 822463 10005')).toBe('信用卡 〔card〕');
    expect(masked('charged on 3782 822463 10005 twice')).toBe('charged on 〔card〕 twice');
  });

  it('masks a 16–19 digit number after a bank or refund word even when Luhn fails', () => {
    expect(masked('退款到 6222 0212 3456 7891')).toBe('退款到 〔card〕');
    expect(masked('建设银行 6217 0012 3456 7890')).toBe('建设银行 〔card〕');
  });

  it('keeps bank words near ordinary numbers', () => {
    for (const t of ['银行 卡余额 1000 元', '招行信用卡分期 12 期可以吗', '3782 8224 这个型号']) expect(masked(t)).toBe(t);
  });
});

describe('tracking', () => {
  it('masks spaced USPS numbers and numbers after a courier name', () => {
    expect(masked('tracking: 9400 1118 9922 3456 7890 12')).toBe('tracking: 〔tracking〕');
    expect(masked('9400 1118 9922 3456 7890 12 is stuck')).toBe('〔tracking〕 is stuck');
    expect(masked('DHL 1234567890')).toBe('DHL 〔tracking〕');
    expect(masked('FedEx tracking number 771234567890 not moving')).toBe('FedEx tracking number 〔tracking〕 not moving');
  });

  it('keeps courier names in sentences', () => {
    for (const t of ['ups and downs 12345678', 'DHL takes 3 days', 'tracking page says 3 days']) expect(masked(t)).toBe(t);
  });
});
