import { describe, expect, it } from 'vitest';
import { contextStrings, isStale, isValidAt, matchesProduct } from '@/lib/match/context';

describe('context rules', () => {
  it('checks validity windows and review dates', () => {
    const m = { validFrom: 100, validUntil: 200, reviewBy: 150 };
    expect(isValidAt(m, 99)).toBe(false);
    expect(isValidAt(m, 150)).toBe(true);
    expect(isValidAt(m, 201)).toBe(false);
    expect(isStale(m, 149)).toBe(false);
    expect(isStale(m, 151)).toBe(true);
    expect(isValidAt({}, 0)).toBe(true);
  });

  it('matches SKU ids, product-name patterns inside a title, and globs', () => {
    const m = { products: ['sku-1001', '蓝牙耳机', 'airpods*'] };
    expect(matchesProduct(m, contextStrings({ product: 'SKU-1001' }))).toBe(true);
    expect(matchesProduct(m, contextStrings({ product: 'XX 蓝牙耳机 Pro' }))).toBe(true);
    expect(matchesProduct(m, contextStrings({ product: 'AirPods Pro 2' }))).toBe(true);
    expect(matchesProduct(m, contextStrings({ product: '智能手表' }))).toBe(false);
    expect(matchesProduct(m, contextStrings(undefined))).toBe(false);
    expect(matchesProduct({}, contextStrings({ product: 'sku-1001' }))).toBe(false);
  });
});
