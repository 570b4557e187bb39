import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';
import { validId18 } from '@/lib/redact/id-card';

const masked = (text: string) => redact(text).text;

describe('id-card', () => {
  it('masks mainland ID numbers in any grouping of spaces or dashes', () => {
    expect(masked('身份证 110105 194912 31002X')).toBe('身份证 〔id〕');
    expect(masked('身份证号 1101 0519 4912 3100 2X')).toBe('身份证号 〔id〕');
    expect(masked('身份证：110105-19491231-002X')).toBe('身份证：〔id〕');
    // Without a cue the checksum must pass, grouped or not.
    expect(validId18('1101 0519 8803 1512 32')).toBe(true);
    expect(masked('实名 1101 0519 8803 1512 32 是我')).toBe('实名 〔id〕 是我');
  });

  it('keeps grouped numbers that are not an ID', () => {
    for (const t of ['2026 11 22 15 30 下单的', '尺寸 110-105-194-912', '显示2026-7-11 14:43:34出库']) expect(masked(t)).toBe(t);
  });
});

describe('id-intl', () => {
  it('masks identity numbers from outside the mainland after their name', () => {
    expect(masked('香港身份证 A123456(7)')).toBe('香港身份证 〔id〕');
    expect(masked('台湾身份证 A123456789')).toBe('台湾身份证 〔id〕');
    expect(masked('NRIC S1234567D')).toBe('NRIC 〔id〕');
    expect(masked('MyKad 900101-14-5678')).toBe('MyKad 〔id〕');
    expect(masked('SSN 123-45-6789')).toBe('SSN 〔id〕');
    expect(masked('my HKID is Z683365(5), thanks')).toBe('my HKID is 〔id〕, thanks');
  });

  it('keeps the same shapes without an identity word', () => {
    for (const t of ['型号A123456789', 'music 900101-14-5678', '价格 123-45-6789', 'ID 123456']) expect(masked(t)).toBe(t);
  });
});
