import { describe, expect, it } from 'vitest';
import { checkEntry, invalidUids, problemsAt } from '@/lib/studio/validate';
import type { StudioEntry } from '@/lib/studio/types';

const ok: StudioEntry = { id: 'a', title: '发货时间', questions: ['什么时候发货'], answer: '亲，48小时内发货', status: 'draft', uid: 'u1' };
const codes = (e: Partial<StudioEntry>, others: StudioEntry[] = []) => checkEntry({ ...ok, ...e } as StudioEntry, others).errors.map((p) => [p.path, p.code]);

describe('checkEntry', () => {
  it('a complete entry has no problems; the studio fields are not the schema\'s concern', () => {
    expect(checkEntry(ok)).toEqual({ errors: [], warnings: [] });
  });

  it('puts each schema problem at its field path', () => {
    expect(codes({ title: '  ' })).toEqual([['title', 'empty']]);
    expect(codes({ answer: '' })).toEqual([['answer', 'empty']]);
    expect(codes({ questions: ['什么时候发货', ''] })).toEqual([['questions[1]', 'empty']]);
    expect(codes({ questions: [] })).toEqual([['questions', 'needs-phrasing']]);
    expect(codes({ reviewBy: '下周' })).toEqual([['reviewBy', 'not-a-date']]);
  });

  it('a validity window that ends before it starts is an error at validUntil', () => {
    expect(codes({ validFrom: '2026-11-11', validUntil: '2026-11-01' })).toEqual([['validUntil', 'ends-before-start']]);
    expect(codes({ validFrom: '2026-11-01', validUntil: '2026-11-01' })).toEqual([]);
  });

  it('an id another entry has is an error; the entry itself (same uid) is not a duplicate', () => {
    const other = { ...ok, uid: 'u2' };
    expect(codes({}, [ok, other])).toEqual([['id', 'duplicate-id']]);
    expect(codes({}, [ok])).toEqual([]);
  });

  it('warns about unknown variables (answer and tone variants) and repeated phrasings', () => {
    const c = checkEntry({ ...ok, answer: '{{buyer}} 你好 {{ordr}}', tones: { angry: '{{agnt}} 抱歉' }, questions: ['什么时候发货？', '什么时候 发货'] });
    expect(c.errors).toEqual([]);
    expect(c.warnings.map((w) => [w.path, w.code, w.detail])).toEqual([
      ['answer', 'unknown-variable', 'ordr'],
      ['tones.angry', 'unknown-variable', 'agnt'],
      ['questions[1]', 'repeated-phrasing', '1'],
    ]);
    expect(problemsAt(c, 'answer')).toHaveLength(1);
  });

  it('never throws on damaged input', () => {
    const bad = { id: 3, title: null, questions: 'x', answer: undefined, status: 'draft', uid: 'u' } as unknown as StudioEntry;
    expect(() => checkEntry(bad)).not.toThrow();
    expect(checkEntry(bad).errors.length).toBeGreaterThan(0);
  });
});

describe('invalidUids', () => {
  it('marks entries with errors and every holder of a shared id', () => {
    const a = { ...ok, uid: 'a' };
    const b = { ...ok, uid: 'b' };
    const c = { ...ok, id: 'c', uid: 'c', answer: '' };
    const d = { ...ok, id: 'd', uid: 'd' };
    expect([...invalidUids([a, b, c, d])].sort()).toEqual(['a', 'b', 'c']);
  });
});
