import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';

const masked = (text: string) => redact(text).text;

describe('name-cue', () => {
  it('masks a name after a change or after a relative', () => {
    expect(masked('收件人改成 刘德华')).toBe('收件人改成 〔name〕');
    expect(masked('签收人是我老公王刚')).toBe('签收人是我老公〔name〕');
  });

  it('masks a lower-case name after an explicit English cue, stopping at everyday words', () => {
    expect(masked('My name is john smith')).toBe('My name is 〔name〕');
    expect(masked('my name is john and I ordered two')).toBe('my name is 〔name〕 and I ordered two');
  });

  it('keeps cues that name nobody', () => {
    for (const t of ['收件人是我老公', '收件人写错了', 'my name is spelled wrong', 'my name is wrong on the label', 'My name is not important, just fix it']) {
      expect(masked(t)).toBe(t);
    }
  });
});
