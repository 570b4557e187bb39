import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';
import { corpus, keepCases, maskCases } from './corpus';

describe('redaction corpus', () => {
  it('is big enough to mean something', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(keepCases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((c) => c.lang))).toEqual(new Set(['zh', 'en']));
  });

  describe.each(maskCases)('masks: $text', (c) => {
    it('gives the expected text and kinds', () => {
      const r = redact(c.text, { names: c.names });
      expect(r.text).toBe(c.masked);
      expect(r.found.map((f) => f.kind)).toEqual(c.kinds);
    });
  });

  describe.each(keepCases)('keeps: $text', (c) => {
    it('masks nothing', () => {
      const r = redact(c.text, { names: c.names });
      expect(r.found).toEqual([]);
      expect(r.text).toBe(c.text);
    });
  });
});
