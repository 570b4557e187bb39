import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';

const masked = (text: string) => redact(text).text;

describe('address-zh', () => {
  it('masks place names that contain 发', () => {
    expect(masked('兴发路3号')).toBe('〔address〕');
    expect(masked('武汉市江汉区发展大道164号')).toBe('〔address〕');
  });

  it('keeps the verb 发 out of the mask', () => {
    expect(masked('能发杭州市西湖区文三路90号吗')).toBe('能发〔address〕吗');
    expect(masked('我想发阳光花园7栋')).toBe('我想发〔address〕');
    expect(masked('快递发到文三路90号')).toBe('快递发到〔address〕');
    expect(masked('能发杭州市西湖区要几天')).toBe('能发杭州市西湖区要几天');
  });

  it('masks road sections named by direction', () => {
    expect(masked('成都市高新区天府大道北段1700号')).toBe('〔address〕');
    expect(masked('西安市雁塔区长安南路中段88号，放门口')).toBe('〔address〕，放门口');
  });
});
