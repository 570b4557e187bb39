import { describe, expect, it } from 'vitest';
import { stem } from '@/lib/match/stem';

describe('stem (Porter)', () => {
  it('brings inflections of one word together', () => {
    const same = (words: string[]) => expect(new Set(words.map(stem)).size).toBe(1);
    same(['cancel', 'cancelled', 'cancelling', 'cancels', 'cancellation']);
    same(['refund', 'refunds', 'refunded', 'refunding']);
    same(['ship', 'shipped', 'shipping']);
    same(['delivery', 'deliveries']);
  });

  it('knows common irregular verbs', () => {
    expect(stem('sent')).toBe(stem('send'));
    expect(stem('bought')).toBe(stem('buying'));
    expect(stem('paid')).toBe(stem('pay'));
  });

  it('matches the published Porter outputs on classic words', () => {
    expect(stem('caresses')).toBe('caress');
    expect(stem('ponies')).toBe('poni');
    expect(stem('relational')).toBe('relat');
    expect(stem('hopping')).toBe('hop');
    expect(stem('agreed')).toBe('agre');
    expect(stem('generalization')).toBe('gener');
  });

  it('leaves short words, numbers and non-Latin text alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('12345')).toBe('12345');
    expect(stem('发货')).toBe('发货');
  });
});
