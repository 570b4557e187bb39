import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';
import { validGtin } from '@/lib/redact/guards';

const masked = (text: string) => redact(text).text;

describe('order', () => {
  it('keeps barcodes and product ids in shop links', () => {
    expect(validGtin('6901234567892')).toBe(true);
    expect(validGtin('6901234567890')).toBe(false);
    for (const t of [
      '6901234567890 这个条码',
      '扫码出来是6901234567892，是正品吗',
      'item.htm?id=678901234567',
      'https://item.taobao.com/item.htm?spm=a1z10&id=678901234567 这个还有吗',
      'https://item.jd.com/100012345678.html',
    ]) {
      expect(masked(t)).toBe(t);
    }
  });

  it('still masks order numbers, also in order links and with a barcode-valid shape', () => {
    expect(masked('https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=2401011234567890')).toBe(
      'https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=〔order〕',
    );
    expect(masked('6901234567892 是我的订单')).toBe('〔order〕 是我的订单');
    expect(masked('3782947165029384756 这个怎么还没发')).toBe('〔order〕 这个怎么还没发');
  });
});
