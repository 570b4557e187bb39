import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';

const masked = (text: string) => redact(text).text;

describe('phone-cn', () => {
  it('masks mobile numbers written to dodge filters', () => {
    expect(masked('电话一三八一二三四五六七八')).toBe('电话〔phone〕');
    expect(masked('电话幺三八幺二三四五六七八，到了打')).toBe('电话〔phone〕，到了打');
    expect(masked('1 3 8 1 2 3 4 5 6 7 8')).toBe('〔phone〕');
    expect(masked('打138\u200b1234\u200b5678')).toBe('打〔phone〕');
    expect(masked('138/1234/5678')).toBe('〔phone〕');
    expect(masked('138_1234_5678')).toBe('〔phone〕');
    expect(masked('138—1234—5678')).toBe('〔phone〕');
    expect(masked('138.1234.5678')).toBe('〔phone〕');
    expect(masked('①③⑧①②③④⑤⑥⑦⑧')).toBe('〔phone〕');
    expect(masked('138一二三四5678')).toBe('〔phone〕');
  });

  it('keeps Chinese numbers in prose and digit lists that are not one number', () => {
    for (const t of ['一两三天能到吗', '买三四件有优惠吗', '尺码 13 14 15 16 17 18', '1 3 5 7 9 11 13 15 17 19 21', '显示2026-7-11 14:43:34出库', '十一二三月都有货']) {
      expect(masked(t)).toBe(t);
    }
    // A number right after another digit group still counts when it has the usual shape.
    expect(masked('共3 13812345678')).toBe('共3 〔phone〕');
  });
});
