import type { GapReport } from './schema';

// CSV export of reports, for spreadsheets and `kbpack gaps`. RFC 4180: comma-separated, CRLF rows,
// fields quoted when they hold a comma, quote or line break (quotes doubled). A UTF-8 BOM leads the
// file so Excel reads Chinese correctly. Columns (header row, in this order):
//
//   id, createdAt, kind, locale, consoleId, consoleName, question, previous1, previous2, searched,
//   suggestions, entryId, note, sentReply, emotion, urgency, packs, agent
//
// previous1 is the older of the two earlier messages. suggestions is a JSON array of
// {entryId, title, score}; packs is "id@version; id@version" (a JSON array when an id holds ";" or "@").
// A cell that starts with = + - @ tab CR or ' gets a leading ' so a spreadsheet never runs buyer text
// as a formula; parseReports removes it again.

export const csvColumns = [
  'id',
  'createdAt',
  'kind',
  'locale',
  'consoleId',
  'consoleName',
  'question',
  'previous1',
  'previous2',
  'searched',
  'suggestions',
  'entryId',
  'note',
  'sentReply',
  'emotion',
  'urgency',
  'packs',
  'agent',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

const formulaStart = /^[=+\-@\t\r']/;

function cell(value: string): string {
  const v = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function packsCell(packs: GapReport['packs']): string {
  const plain = packs.every((p) => !/[;@]/.test(p.id) && !/[;@]/.test(p.version));
  return plain ? packs.map((p) => `${p.id}@${p.version}`).join('; ') : JSON.stringify(packs);
}

export function reportRow(r: GapReport): Record<CsvColumn, string> {
  return {
    id: r.id,
    createdAt: r.createdAt,
    kind: r.kind,
    locale: r.locale,
    consoleId: r.console.id,
    consoleName: r.console.name,
    question: r.question,
    previous1: r.previous[0] ?? '',
    previous2: r.previous[1] ?? '',
    searched: r.searched ?? '',
    suggestions: JSON.stringify(r.suggestions),
    entryId: r.entryId ?? '',
    note: r.note,
    sentReply: r.sentReply ?? '',
    emotion: r.emotion.main,
    urgency: r.emotion.urgency,
    packs: packsCell(r.packs),
    agent: r.agent,
  };
}

export function reportsToCsv(reports: readonly GapReport[], options: { bom?: boolean } = {}): string {
  const lines = [csvColumns.join(',')];
  for (const r of reports) {
    const row = reportRow(r);
    lines.push(csvColumns.map((c) => cell(row[c])).join(','));
  }
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/** One report per line, as JSON. */
export function reportsToJsonl(reports: readonly GapReport[]): string {
  return reports.map((r) => JSON.stringify(r)).join('\n') + (reports.length ? '\n' : '');
}

/** Split CSV text into records of cells, with the 1-based line each record starts on. Never throws. */
export function readCsv(text: string, delimiter = ','): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cur = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let touched = false;
  const endCell = () => {
    cells.push(cur);
    cur = '';
  };
  const endRecord = () => {
    endCell();
    if (touched || cells.length > 1 || cells[0] !== '') out.push({ line: recordLine, cells });
    cells = [];
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cur += ch;
      }
      continue;
    }
    if (ch === '"' && cur === '') {
      quoted = true;
      touched = true;
    } else if (ch === delimiter) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cur += ch;
  }
  if (cur !== '' || cells.length || touched) endRecord();
  return out;
}

/** Undo the formula guard of `cell`. */
export function unguard(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}
