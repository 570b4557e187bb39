import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';

const masked = (text: string) => redact(text).text;

describe('account', () => {
  it('masks handles after the app name, in every way buyers write it', () => {
    expect(masked('QQ号码：12345678')).toBe('QQ号码：〔account〕');
    expect(masked('扣扣 12345678')).toBe('扣扣 〔account〕');
    expect(masked('微信：zhangsan')).toBe('微信：〔account〕');
    expect(masked('我的微信号码是wxid_a1b2c3')).toBe('我的微信号码是〔account〕');
    expect(masked('telegram @johnny_88')).toBe('telegram 〔account〕');
    expect(masked('支付宝账号 zhangsan123')).toBe('支付宝账号 〔account〕');
  });

  it('keeps the app names in ordinary sentences', () => {
    for (const t of ['我的微信支付失败了', '微信付款可以吗', '用支付宝 付款', '微信 好的', '@SkypeSupport my account keeps logging out', 'skype works fine']) {
      expect(masked(t)).toBe(t);
    }
  });
});

describe('email', () => {
  it('masks an address written with a Chinese full stop', () => {
    expect(masked('abc@163。com')).toBe('〔email〕');
    expect(masked('发到 li.na@qq。com 谢谢')).toBe('发到 〔email〕 谢谢');
  });
});
