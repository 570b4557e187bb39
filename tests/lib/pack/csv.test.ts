import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnLetter, describeCsvErrors, detectDelimiter, entriesFromCsv, parseCsv } from '@/lib/pack/csv';
import { parsePackText } from '@/lib/pack/schema';

const fixtures = resolve(__dirname, '../../fixtures/packs');
const header = 'id,title,questions,answer';

describe('parseCsv', () => {
  it('reads quotes, "" escapes, commas and newlines inside quoted cells', () => {
    expect(parseCsv('a,"b,c","say ""hi""","line1\nline2"\nx,y,z,w')).toEqual([
      ['a', 'b,c', 'say "hi"', 'line1\nline2'],
      ['x', 'y', 'z', 'w'],
    ]);
  });

  it('handles CRLF, lone CR, a BOM and a trailing newline without an extra row', () => {
    expect(parseCsv('\uFEFFa,b\r\nc,d\re,f\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps empty cells, empty quoted cells and blank lines as rows', () => {
    expect(parseCsv('a,,""\n\nb')).toEqual([['a', '', ''], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('keeps a quote inside an unquoted cell as text (what spreadsheets write)', () => {
    expect(parseCsv('5" screen,x')).toEqual([['5" screen', 'x']]);
  });

  it('splits on another delimiter when asked, and detects it from the header', () => {
    expect(detectDelimiter('id;title;"a,b";answer\n1;2;3;4')).toBe(';');
    expect(detectDelimiter('id\ttitle\tanswer')).toBe('\t');
    expect(detectDelimiter('id,title')).toBe(',');
    expect(parseCsv('a;"b;c"', ';')).toEqual([['a', 'b;c']]);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('entriesFromCsv', () => {
  it('reads the BOM + CRLF + Chinese-header fixture into exactly the entries of shop-v1.json', () => {
    const csv = readFileSync(resolve(fixtures, 'shop.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const r = entriesFromCsv(csv);
    if (!r.ok) throw new Error(describeCsvErrors(r.errors));
    const pack = parsePackText(readFileSync(resolve(fixtures, 'shop-v1.json'), 'utf8'));
    if (!pack.ok) throw new Error('fixture invalid');
    expect(r.entries).toEqual(pack.pack.entries);
    expect(r.warnings).toEqual([]);
  });

  it('splits questions on | (also full-width) and new lines, and lists on commas, 、 and ；', () => {
    const r = entriesFromCsv(`${header},keywords,tags\ne1,T,"a | b｜c\r\nd",ans,"x、y，z;w",t1|t2\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entries[0]).toEqual({ id: 'e1', title: 'T', questions: ['a', 'b', 'c', 'd'], answer: 'ans', keywords: ['x', 'y', 'z', 'w'], tags: ['t1', 't2'] });
  });

  it('accepts headers in any case, with spaces/underscores, Chinese aliases and hint text in brackets', () => {
    const r = entriesFromCsv('ID,Title,买家问法(用|分隔),回复,Valid From,valid_until,REVIEW-BY,负责人\ne1,T,q,a,2026/1/5,2026年2月3日,2026-03-04 18:30,me\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entries[0]).toMatchObject({ validFrom: '2026-01-05', validUntil: '2026-02-03', reviewBy: '2026-03-04T18:30', owner: 'me' });
  });

  it('reads semicolon-separated files (Excel in some locales)', () => {
    const r = entriesFromCsv('id;title;questions;answer\ne1;T;q1|q2;"a; b"\n');
    expect(r.ok && r.entries[0]).toEqual({ id: 'e1', title: 'T', questions: ['q1', 'q2'], answer: 'a; b' });
  });

  it('keeps line breaks inside answers, normalised to \\n, and trims the ends', () => {
    const r = entriesFromCsv(`${header}\ne1,T,q,"  first\r\nsecond  "\n`);
    expect(r.ok && r.entries[0]!.answer).toBe('first\nsecond');
  });

  it('names row (as the spreadsheet numbers it) and column for a missing answer, skipping blank rows in between', () => {
    const r = entriesFromCsv(`id,标题,问题,答案\ne1,T,q,a\n,,,\ne2,T2,q2,\n`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ row: 4, column: '答案', message: 'required' }]);
    expect(describeCsvErrors(r.errors)).toBe('row 4, column "答案": required');
  });

  it('counts a multi-line quoted cell as one spreadsheet row', () => {
    const r = entriesFromCsv(`${header}\ne1,T,"q1\nq2\nq3",a\ne2,T,q,\n`);
    expect(!r.ok && r.errors[0]!.row).toBe(3);
  });

  it('reports duplicate ids with both rows, bad dates and inverted windows', () => {
    const r = entriesFromCsv(`${header},validFrom,validUntil\ne1,T,q,a,,\ne1,T,q,a,,\ne3,T,q,a,2026-13-01,\ne4,T,q,a,2026-12-01,2026-11-01\ne5,T,q,a,11/30/2026,\n`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { row: 3, column: 'id', message: 'duplicate id "e1" (also row 2)' },
      { row: 4, column: 'validFrom', message: '"2026-13-01" is not a date — use YYYY-MM-DD, e.g. 2026-11-30' },
      { row: 5, column: 'validUntil', message: 'ends before validFrom (2026-12-01)' },
      { row: 6, column: 'validFrom', message: '"11/30/2026" is not a date — use YYYY-MM-DD, e.g. 2026-11-30' },
    ]);
  });

  it('rejects missing and doubled columns at row 1', () => {
    const missing = entriesFromCsv('id,title,questions\ne1,T,q\n');
    expect(!missing.ok && missing.errors[0]).toMatchObject({ row: 1, column: 'answer' });
    const doubled = entriesFromCsv('id,title,questions,answer,答案\ne1,T,q,a,b\n');
    expect(!doubled.ok && doubled.errors[0]!.message).toBe('column "answer" appears twice (columns D and E)');
  });

  it('points at an unquoted comma that shifted a row', () => {
    const r = entriesFromCsv(`${header}\ne1,T,q,hello, world\n`);
    expect(!r.ok && r.errors[0]).toEqual({
      row: 2,
      column: 'E',
      message: 'this row has more cells than the header has columns — a cell containing "," may be missing its quotes',
    });
  });

  it('reports a quote that is never closed, with its row and column', () => {
    const r = entriesFromCsv(`${header}\ne1,T,q,a\ne2,T,"q,a\ne3,T,q,a\n`);
    expect(!r.ok && r.errors).toEqual([{ row: 3, column: 'questions', message: 'a quoted cell is never closed — look for a stray " character' }]);
  });

  it('warns about (and ignores) unknown columns instead of failing', () => {
    const r = entriesFromCsv(`${header},备注,\ne1,T,q,a,内部备注,x\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entries[0]).not.toHaveProperty('备注');
    expect(r.warnings).toEqual(['column "备注" (E) is not a known column and was ignored', 'column F has no header and was ignored']);
  });

  it('rejects an empty file and a header with no entries', () => {
    expect(entriesFromCsv('\uFEFF')).toEqual({ ok: false, errors: [{ row: 1, column: '', message: 'the file is empty' }] });
    expect(entriesFromCsv(`${header}\n,,,\n`)).toEqual({ ok: false, errors: [{ row: 2, column: '', message: 'there are no entries below the header row' }] });
  });
});
