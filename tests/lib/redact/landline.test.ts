import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';

const masked = (text: string) => redact(text).text;

describe('landline', () => {
  it('masks a spaced local part after an area code', () => {
    expect(masked('联系电话：0571 8888 7777')).toBe('联系电话：〔phone〕');
    expect(masked('座机 010 888 7777 转 12')).toBe('座机 〔phone〕');
  });

  it('masks 8-digit numbers after an explicit phone word', () => {
    expect(masked('my phone is 91234567')).toBe('my phone is 〔phone〕');
    expect(masked('tel 9123 4567')).toBe('tel 〔phone〕');
    expect(masked('香港手机 9123 4567')).toBe('香港手机 〔phone〕');
    expect(masked('phone number: 9123-4567, thanks')).toBe('phone number: 〔phone〕, thanks');
  });

  it('keeps numbers that only sit near a phone word', () => {
    for (const t of ['hotel 91234567 nights', 'phone 2 days ago', '手机 2024 5月买的', 'iPhone 15 Pro 256GB 还有现货吗']) expect(masked(t)).toBe(t);
  });
});
