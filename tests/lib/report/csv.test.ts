import { describe, expect, it } from 'vitest';
import { csvColumns, parseReports, readCsv, reportsToCsv, reportsToJsonl } from '@/lib/report';
import { reportRow } from '@/lib/report/csv';
import { sampleReport } from './fixtures';

const tricky = sampleReport({
  id: '0c3f5d7e-1a2b-4c3d-9e8f-0a1b2c3d4e5f',
  question: '买了"两件"，一件坏了,\n另一件\r\n还行？ 价格，¥199',
  previous: ['=HYPERLINK("http://x","点我")', "'已经引号开头"],
  searched: '  前后有空格  ',
  note: '-5元的差价\t要不要退',
  sentReply: '@所有人 不用管',
  suggestions: [{ entryId: 'a,b', title: '标题 "带引号", 逗号\n换行', score: 0.123456 }],
  packs: [{ id: 'shop-basics', version: '1.4.0' }, { id: 'returns', version: '2.0.0-beta.1' }],
  agent: 'Lee, "Kai"',
});
const plain = sampleReport();
const outdated = sampleReport({
  id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  kind: 'outdated',
  entryId: 'ship-fee',
  previous: ['only one'],
  searched: undefined,
  sentReply: undefined,
  packs: [{ id: 'odd;id', version: '1@2' }],
  locale: 'en',
});

describe('reports CSV', () => {
  it('writes the documented header after a BOM, one CRLF row per report', () => {
    const csv = reportsToCsv([plain]);
    expect(csv.startsWith('\uFEFFid,createdAt,kind,locale,consoleId,consoleName,question,previous1,previous2,searched,suggestions,entryId,note,sentReply,emotion,urgency,packs,agent\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv.slice(1))).toHaveLength(2);
    expect(reportsToCsv([], { bom: false })).toBe(`${csvColumns.join(',')}\r\n`);
  });

  it('round-trips quotes, commas, line breaks, spaces, Chinese and formula-looking text', () => {
    const csv = reportsToCsv([tricky, plain, outdated]);
    const back = parseReports(csv);
    expect(back.errors).toEqual([]);
    expect(back.reports).toEqual([tricky, plain, outdated]);
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    const rows = readCsv(reportsToCsv([tricky]).slice(1));
    const cells = rows[1]?.cells ?? [];
    const col = (c: (typeof csvColumns)[number]) => cells[csvColumns.indexOf(c)];
    expect(col('previous1')).toBe('\'=HYPERLINK("http://x","点我")');
    expect(col('previous2')).toBe("''已经引号开头");
    expect(col('note')?.startsWith("'-5元")).toBe(true);
    expect(col('sentReply')).toBe("'@所有人 不用管");
    expect(col('packs')).toBe('shop-basics@1.4.0; returns@2.0.0-beta.1');
  });

  it('reads a hand-made CSV with only some columns and reports bad rows by line', () => {
    const text = [
      'id,createdAt,kind,locale,consoleId,question,emotion,urgency,packs',
      `${plain.id},2026-11-22T06:30:00Z,missing,zh-CN,pinduoduo,怎么开发票,neutral,low,shop-basics@1.4.0`,
      'not-a-uuid,2026-11-22T06:30:00Z,missing,zh-CN,pinduoduo,问题,neutral,low,',
      `${tricky.id},2026-11-22T06:30:00Z,nonsense,zh-CN,pinduoduo,问题,neutral,low,`,
    ].join('\n');
    const r = parseReports(text);
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0]?.question).toBe('怎么开发票');
    expect(r.reports[0]?.packs).toEqual([{ id: 'shop-basics', version: '1.4.0' }]);
    expect(r.errors.map((e) => e.where)).toEqual(['line 3', 'line 4']);
    expect(r.errors[0]?.message).toContain('id: must be a UUID');
  });

  it('rejects a CSV that is not a report export, saying what header it expects', () => {
    const r = parseReports('name,price\nshoe,199\n');
    expect(r.reports).toEqual([]);
    expect(r.errors[0]?.message).toContain('the header lacks id, question, kind');
  });

  it('reads tab-separated text pasted from a spreadsheet', () => {
    const row = reportRow(plain);
    const tsv = `${csvColumns.join('\t')}\n${csvColumns.map((c) => row[c]).join('\t')}\n`;
    expect(parseReports(tsv).reports).toEqual([plain]);
  });
});

describe('reports JSON and JSON Lines', () => {
  it('round-trips JSONL, a JSON array and a single object', () => {
    expect(parseReports(reportsToJsonl([tricky, outdated])).reports).toEqual([tricky, outdated]);
    expect(parseReports(JSON.stringify([plain, tricky], null, 2)).reports).toEqual([plain, tricky]);
    expect(parseReports(JSON.stringify(plain, null, 2)).reports).toEqual([plain]);
  });

  it('keeps one copy of a repeated id and counts the rest', () => {
    const r = parseReports(reportsToJsonl([plain, tricky, plain, plain]));
    expect(r.reports).toEqual([plain, tricky]);
    expect(r.duplicates).toBe(2);
  });

  it('reports broken lines and keeps the good ones', () => {
    const text = `${JSON.stringify(plain)}\n{not json\n${JSON.stringify({ ...tricky, kind: 'x' })}\n`;
    const r = parseReports(text);
    expect(r.reports).toEqual([plain]);
    expect(r.errors.map((e) => e.where)).toEqual(['line 2', 'line 3']);
    expect(r.errors[0]?.message).toMatch(/^not valid JSON/);
  });

  it('never throws on junk', () => {
    for (const junk of ['', '   ', '[1,2', '42', 'null', '"text"', '\uFEFF']) {
      const r = parseReports(junk);
      expect(r.reports).toEqual([]);
    }
    expect(parseReports(undefined as unknown as string).reports).toEqual([]);
  });
});
