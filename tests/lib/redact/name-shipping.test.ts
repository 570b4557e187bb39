import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';

const masked = (text: string) => redact(text).text;

describe('name-shipping', () => {
  it('masks the name before a mobile number in a pasted shipping block', () => {
    expect(masked('张伟，13812345678，浙江省杭州市西湖区文三路90号')).toBe('〔name〕，〔phone〕，〔address〕');
    expect(masked('王伟 13812345678')).toBe('〔name〕 〔phone〕');
    expect(masked('诸葛亮 139-1234-5678')).toBe('〔name〕 〔phone〕');
  });

  it('keeps words before a number that are not a name', () => {
    expect(masked('电话 13812345678')).toBe('电话 〔phone〕');
    expect(masked('我的手机13812345678')).toBe('我的手机〔phone〕');
    expect(masked('谢谢 13812345678')).toBe('谢谢 〔phone〕');
    expect(masked('李女士，13812345678')).toBe('〔name〕女士，〔phone〕');
  });
});
