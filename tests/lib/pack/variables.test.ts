import { describe, expect, it } from 'vitest';
import { fillVariables, variablesIn } from '@/lib/pack/variables';

describe('fillVariables', () => {
  it('fills known values and keeps missing ones visible', () => {
    const r = fillVariables('{{buyer}}您好，订单{{ order }}已发出，{{agent}}为您服务', { buyer: '小王', agent: '' });
    expect(r.text).toBe('小王您好，订单{{ order }}已发出，{{agent}}为您服务');
    expect(r.missing).toEqual(['order', 'agent']);
    expect(r.parts.filter((p) => p.missing).map((p) => p.variable)).toEqual(['order', 'agent']);
    expect(r.parts.find((p) => p.variable === 'buyer')).toEqual({ text: '小王', variable: 'buyer' });
  });

  it('leaves text without variables untouched, including braces that are not variables', () => {
    expect(fillVariables('价格 {a} {{}} 不变', {}).text).toBe('价格 {a} {{}} 不变');
    expect(fillVariables('', { buyer: 'x' })).toEqual({ text: '', parts: [], missing: [] });
  });

  it('lists variables once each', () => {
    expect(variablesIn('{{buyer}} {{order}} {{buyer}}')).toEqual(['buyer', 'order']);
  });
});
