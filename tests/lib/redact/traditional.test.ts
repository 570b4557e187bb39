import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';
import { foldForDetection } from '@/lib/redact/normalize';

const masked = (text: string) => redact(text).text;

describe('Traditional Chinese', () => {
  it('folds to Simplified one unit for one, so offsets point into the original', () => {
    const text = '臺北市大安區忠孝東路四段100號5樓';
    expect(foldForDetection(text)).toBe('台北市大安区忠孝东路四段100号5楼');
    expect(foldForDetection(text)).toHaveLength(text.length);
    const r = redact(`寄到${text}，謝謝`);
    expect(r.text).toBe('寄到〔address〕，謝謝');
    expect(r.found.map((f) => [f.start, f.end])).toEqual([[2, 2 + text.length]]);
  });

  it('masks addresses, names, orders and handles written in Traditional characters', () => {
    expect(masked('臺北市大安區忠孝東路四段100號5樓')).toBe('〔address〕');
    expect(masked('高雄市前鎮區中華五路789號')).toBe('〔address〕');
    expect(masked('台北市信義區松山路一段188巷10弄5號3樓')).toBe('〔address〕');
    expect(masked('聯絡人：陳小明')).toBe('聯絡人：〔name〕');
    expect(masked('收貨人：趙六')).toBe('收貨人：〔name〕');
    expect(masked('訂單編號：2401015ABCDEF')).toBe('訂單編號：〔order〕');
    expect(masked('微信號 abc_123')).toBe('微信號 〔account〕');
  });

  it('matches a Traditional nickname against a Simplified message and the other way round', () => {
    expect(redact('陈小明又来了', { names: ['陳小明'] }).text).toBe('〔name〕又来了');
    expect(redact('陳小明又來了', { names: ['陈小明'] }).text).toBe('〔name〕又來了');
  });

  it('keeps regions and everyday Traditional text readable', () => {
    for (const t of ['寄到臺北市大安區要幾天', '這件衣服¥199包郵嗎', '尺碼42號的有嗎']) expect(masked(t)).toBe(t);
  });
});
