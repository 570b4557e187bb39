import { csvColumns, readCsv, unguard, type CsvColumn } from './csv';
import { parseReport, reportFormat, type GapReport } from './schema';

// Read reports back from any of our exports: a JSON array, one JSON object, JSON Lines, or CSV with
// the documented header. Bad rows are reported with where they are and skipped; the good ones are
// kept. A repeated id (the same report sent or exported twice) is kept once.

export interface ReportsParseResult {
  reports: GapReport[];
  errors: { where: string; message: string }[];
  /** How many rows repeated an id already read (skipped). */
  duplicates: number;
}

function jsonValues(text: string): { where: string; value: unknown }[] | { error: string } | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (Array.isArray(v)) return v.map((value, i) => ({ where: `item ${i + 1}`, value }));
    if (typeof v === 'object' && v !== null) return [{ where: 'item 1', value: v }];
    return { error: 'JSON but not a report or a list of reports' };
  } catch {
    if (!text.startsWith('{')) return text.startsWith('[') ? { error: 'not valid JSON' } : undefined;
    // JSON Lines.
    const out: { where: string; value: unknown }[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push({ where: `line ${i + 1}`, value: JSON.parse(line) });
      } catch (e) {
        out.push({ where: `line ${i + 1}`, value: { __jsonError: (e as Error).message } });
      }
    });
    return out;
  }
}

function packsFrom(cell: string): unknown {
  if (cell.trim().startsWith('[')) {
    try {
      return JSON.parse(cell);
    } catch {
      return cell;
    }
  }
  return cell
    .split(/;\s*/)
    .filter((p) => p.trim())
    .map((p) => {
      const at = p.lastIndexOf('@');
      return at > 0 ? { id: p.slice(0, at).trim(), version: p.slice(at + 1).trim() } : { id: p.trim(), version: '' };
    });
}

function csvValues(text: string): { where: string; value: unknown }[] | { error: string } {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const [header, ...rows] = readCsv(text, delimiter);
  if (!header) return [];
  const index = new Map(header.cells.map((h, i) => [h.trim(), i]));
  const missing = (['id', 'question', 'kind'] as const).filter((c) => !index.has(c));
  if (missing.length) return { error: `not a report CSV: the header lacks ${missing.join(', ')} (expected: ${csvColumns.join(',')})` };
  return rows.map(({ line, cells }) => {
    const get = (c: CsvColumn) => {
      const i = index.get(c);
      return i === undefined ? '' : unguard(cells[i] ?? '');
    };
    let suggestions: unknown = [];
    const s = get('suggestions').trim();
    if (s) {
      try {
        suggestions = JSON.parse(s);
      } catch {
        suggestions = s;
      }
    }
    return {
      where: `line ${line}`,
      value: {
        format: reportFormat,
        id: get('id'),
        createdAt: get('createdAt'),
        kind: get('kind'),
        locale: get('locale'),
        console: { id: get('consoleId'), name: get('consoleName') },
        question: get('question'),
        previous: [get('previous1'), get('previous2')].filter((p) => p !== ''),
        searched: get('searched'),
        suggestions,
        entryId: get('entryId'),
        note: get('note'),
        sentReply: get('sentReply'),
        emotion: { main: get('emotion'), urgency: get('urgency') },
        packs: packsFrom(get('packs')),
        agent: get('agent'),
      },
    };
  });
}

/** Parse exported reports (JSON, JSON Lines or CSV). Never throws. */
export function parseReports(input: string): ReportsParseResult {
  const text = (typeof input === 'string' ? input : '').replace(/^\uFEFF/, '').trim();
  const result: ReportsParseResult = { reports: [], errors: [], duplicates: 0 };
  if (!text) return result;
  const values = text.startsWith('[') || text.startsWith('{') ? jsonValues(text) : csvValues(text);
  if (!values) return result;
  if ('error' in values) {
    result.errors.push({ where: '(file)', message: values.error });
    return result;
  }
  const seen = new Set<string>();
  for (const { where, value } of values) {
    const bad = (value as { __jsonError?: string }).__jsonError;
    if (bad) {
      result.errors.push({ where, message: `not valid JSON: ${bad}` });
      continue;
    }
    const r = parseReport(value);
    if (!r.ok) {
      result.errors.push({ where, message: r.errors.map((e) => `${e.path}: ${e.message}`).join('; ') });
      continue;
    }
    if (seen.has(r.report.id)) {
      result.duplicates++;
      continue;
    }
    seen.add(r.report.id);
    result.reports.push(r.report);
  }
  return result;
}
