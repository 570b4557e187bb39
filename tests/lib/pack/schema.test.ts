import { describe, expect, it } from 'vitest';
import { describeErrors, parsePack, parsePackText } from '@/lib/pack/schema';

const base = { format: 'kbpack/1', id: 'p', version: '1.0.0', title: 'T', locale: 'zh-CN', publishedAt: '2026-11-01' };
const entry = { id: 'e1', title: '发货时间', questions: ['什么时候发货'], answer: '亲，48小时内发货哦' };

describe('pack schema', () => {
  it('accepts a minimal pack and keeps unknown fields', () => {
    const r = parsePack({ ...base, futureField: { a: 1 }, entries: [{ ...entry, extra: 'x' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.pack as Record<string, unknown>).futureField).toEqual({ a: 1 });
    expect((r.pack.entries[0] as Record<string, unknown>).extra).toBe('x');
  });

  it('names the path of a missing answer', () => {
    const entries = Array.from({ length: 13 }, (_, i) => ({ ...entry, id: `e${i}` }));
    const { answer: _drop, ...noAnswer } = entry;
    entries[12] = { ...noAnswer, id: 'e12' } as typeof entry;
    const r = parsePack({ ...base, entries });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(describeErrors(r.errors)).toContain('entries[12].answer (id "e12"): required');
  });

  it('rejects duplicate entry ids, naming both', () => {
    const r = parsePack({ ...base, entries: [entry, { ...entry }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toEqual({ path: 'entries[1].id', message: 'duplicate id "e1" (also entries[0])' });
  });

  it('requires at least one question and a known format', () => {
    const r = parsePack({ ...base, format: 'kbpack/2', entries: [{ ...entry, questions: [] }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = describeErrors(r.errors);
    expect(text).toContain('format: must be "kbpack/1"');
    expect(text).toContain('entries[0].questions (id "e1"): needs at least one buyer phrasing');
  });

  it('rejects bad dates and inverted validity windows', () => {
    const r = parsePack({ ...base, entries: [{ ...entry, validFrom: '2026-12-01', validUntil: '2026-11-01' }, { ...entry, id: 'e2', reviewBy: 'soon' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = describeErrors(r.errors);
    expect(text).toContain('entries[1].reviewBy (id "e2"): not a valid date');
  });

  it('turns non-JSON and HTML into one human error', () => {
    const html = parsePackText('<!doctype html><title>404</title>');
    expect(html.ok).toBe(false);
    if (!html.ok) expect(html.errors[0]!.message).toBe('this is an HTML page, not a JSON pack');
    const cut = parsePackText('{"format":"kbpack/1","entries":[');
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.errors[0]!.message).toMatch(/^not valid JSON/);
  });

  it('refuses "/" and "\\" in a pack id (entry keys are "pack/entry" and must not collide)', () => {
    for (const id of ['shop/faq', 'shop\\faq']) {
      const r = parsePack({ ...base, id, entries: [entry] });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toEqual([{ path: 'id', message: 'must not contain "/" or "\\" (use letters, digits, "-", "_" or ".")' }]);
    }
  });

  it('says a wrong type is the wrong type, not "required"', () => {
    const r = parsePack({ ...base, entries: [{ ...entry, tags: 'vip', answer: 42 }, { ...entry, id: 7 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(describeErrors(r.errors).split('\n')).toEqual([
      'entries[0].answer (id "e1"): must be text, not the number 42',
      'entries[0].tags (id "e1"): must be a list, not text "vip"',
      'entries[1].id: must be text, not the number 7',
    ]);
    const notList = parsePack({ ...base, entries: {} });
    expect(!notList.ok && notList.errors).toEqual([{ path: 'entries', message: 'must be a list, not an object' }]);
  });

  it('reports duplicate ids in the same run as the other errors, and names the entry of each error by id', () => {
    const r = parsePack({ ...base, entries: [entry, { ...entry, id: 'e2', answer: '' }, { ...entry }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { path: 'entries[1].answer', id: 'e2', message: 'answer must not be empty' },
      { path: 'entries[2].id', message: 'duplicate id "e1" (also entries[0])' },
    ]);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const r = parsePackText('{\n  "format": "kbpack/1",\n  "id": }');
    expect(!r.ok && r.errors[0]!.message).toBe("not valid JSON: line 3, column 9: Unexpected token '}'");
    const cut = parsePackText('{"format":"kbpack/1","entries":[');
    expect(!cut.ok && cut.errors[0]!.message).toBe('not valid JSON: line 1, column 33: Unexpected end of JSON input');
  });

  it('accepts a UTF-8 BOM', () => {
    expect(parsePackText('\uFEFF' + JSON.stringify({ ...base, entries: [entry] })).ok).toBe(true);
  });
});
