import { describe, expect, it } from 'vitest';
import { knownFromPage, redact } from '@/lib/redact';

describe('names (values known from the page)', () => {
  it('masks the page order number and each part of a several-word buyer name', () => {
    const options = knownFromPage({ buyer: 'Amy Wong', order: '240101ABCDEF12' });
    expect(options).toEqual({ names: ['Amy Wong'], orders: ['240101ABCDEF12'] });
    const r = redact('Hi Amy, your parcel for 240101ABCDEF12 left today', options);
    expect(r.text).toBe('Hi 〔name〕, your parcel for 〔order〕 left today');
    expect(r.found.map((f) => [f.kind, f.detector])).toEqual([
      ['name', 'names'],
      ['order', 'order'],
    ]);
    expect(redact('Amy Wong and Mrs WONG', options).text).toBe('〔name〕 and Mrs 〔name〕');
  });

  it('skips titles and one-character parts, and short order values', () => {
    expect(redact('Mr Li said hi, Mr Wang; Li again', { names: ['Mr Li'] }).text).toBe('〔name〕 said hi, Mr Wang; 〔name〕 again');
    expect(redact('a J b', { names: ['J Smith'] }).text).toBe('a J b');
    expect(redact('买了12件', { orders: ['12'] }).text).toBe('买了12件');
    expect(knownFromPage(undefined)).toEqual({ names: [], orders: [] });
  });
});
