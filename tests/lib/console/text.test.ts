import { describe, expect, it } from 'vitest';
import { capText, cleanName, cleanProduct, findLabelledOrder, findOrderToken, normaliseText, readableText } from '@/lib/console/text';

describe('console text helpers', () => {
  it('normalises whitespace, keeps line breaks, drops zero-width characters', () => {
    expect(normaliseText('  你好\u3000\u3000在吗 \r\n\n\n 这个\u200b什么时候发货  ')).toBe('你好 在吗\n这个什么时候发货');
  });

  it('caps long text without splitting an emoji', () => {
    expect(capText('a'.repeat(10), 4)).toEqual({ text: 'aaaa…', truncated: true });
    expect(capText('ab😀', 3)).toEqual({ text: 'ab…', truncated: true });
    expect(capText('短', 4)).toEqual({ text: '短', truncated: false });
  });

  it('reads element text with line breaks, emoji images and no buttons', () => {
    document.body.innerHTML = '<div id="m"><p>好的<img alt="[微笑]" src="data:,"></p><p>谢谢</p><button>复制</button></div>';
    expect(readableText(document.getElementById('m')!)).toEqual({ text: '好的[微笑]\n谢谢', truncated: false });
  });

  it('stops reading a huge element at the cap', () => {
    document.body.innerHTML = `<div id="m">${'<span>字</span>'.repeat(2_000)}</div>`;
    const r = readableText(document.getElementById('m')!, 100);
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBe(101);
  });

  it('finds order numbers', () => {
    expect(findLabelledOrder('系统提示：买家已下单，订单编号：240908-301234567890123')).toBe('240908-301234567890123');
    expect(findLabelledOrder('Order ID: 577123456789012345 awaiting shipment')).toBe('577123456789012345');
    expect(findLabelledOrder('订单号 12345')).toBeUndefined();
    expect(findOrderToken('订单编号 6938471029384756102 ￥89.00')).toBe('6938471029384756102');
    expect(findOrderToken('共3件 ¥199.00')).toBeUndefined();
  });

  it('cleans buyer names', () => {
    expect(cleanName(' 小鹿乱撞 下单数(2) ')).toBe('小鹿乱撞');
    expect(cleanName('S*******n')).toBe('S*******n');
    expect(cleanName('Send message to Palmer')).toBe('Palmer');
    expect(cleanName('Sender Ames')).toBe('Sender Ames');
  });

  it('reads a product up to its price: an order number or more panel text is not the product', () => {
    expect(cleanProduct('儿童保温杯 316不锈钢 带吸管\n￥89.00\n订单编号：6938471029384756102')).toBe('儿童保温杯 316不锈钢 带吸管 ￥89.00');
    expect(cleanProduct('买家正在查看商品\n男士透气跑步鞋 42码 ¥199.00\n已发货')).toBe('男士透气跑步鞋 42码 ¥199.00');
    expect(cleanProduct('¥59.90\n纯棉睡衣套装 女')).toBe('¥59.90 纯棉睡衣套装 女');
    expect(cleanProduct('Linen shirt\nOrder ID: 5781234567')).toBe('Linen shirt');
  });
});
