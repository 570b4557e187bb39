import { describe, expect, it } from 'vitest';
import { luhn } from '@/lib/redact/bank-card';
import { validId18 } from '@/lib/redact/id-card';

describe('checksums', () => {
  it('validates 18-digit ID numbers (ISO 7064 MOD 11-2), X as 10', () => {
    expect(validId18('110105198803151232')).toBe(true);
    expect(validId18('33010619900101123X')).toBe(true);
    expect(validId18('33010619900101123x')).toBe(true);
    expect(validId18('110105198803151233')).toBe(false);
    expect(validId18('11010519880315123')).toBe(false);
  });

  it('validates card numbers with Luhn', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('6222021234567890128')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(luhn('')).toBe(false);
  });
});
