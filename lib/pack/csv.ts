import { entrySchema, type Entry } from './schema';

// Knowledge entries from a spreadsheet exported as CSV, so a team lead can keep the knowledge base in
// Excel / WPS / Google Sheets. Row numbers in errors are the ones the spreadsheet shows (header = 1).

interface Scan {
  rows: string[][];
  /** Index of the record in which a quoted cell was never closed, and that cell's index. */
  open: { record: number; cell: number } | null;
}

/** RFC 4180 reader. Lenient where spreadsheets are: a quote inside an unquoted cell is kept as text. */
function scan(input: string, delimiter: string): Scan {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false; // the current cell began with a quote
  let inQuotes = false;
  let openedAt: Scan['open'] = null;
  const endCell = () => {
    row.push(cell);
    cell = '';
    quoted = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else cell += c;
      continue;
    }
    if (c === '"' && cell === '' && !quoted) {
      inQuotes = true;
      quoted = true;
      openedAt = { record: rows.length, cell: row.length };
    } else if (c === delimiter) endCell();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (cell !== '' || quoted || row.length > 0) endRow();
  return { rows, open: inQuotes ? openedAt : null };
}

/** Comma, semicolon (Excel in some locales) or tab, whichever the header line uses most. */
export function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const count = (d: string) => outside.split(d).length - 1;
  const best = [',', ';', '\t'].map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

/** Rows of cells. Quotes, "" escapes, delimiters and newlines inside quoted cells, CRLF/LF/CR, BOM. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  return scan(text, delimiter).rows;
}

export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

type Field = 'id' | 'title' | 'questions' | 'answer' | 'keywords' | 'category' | 'tags' | 'products' | 'validFrom' | 'validUntil' | 'reviewBy' | 'owner';

/** Header spellings accepted for each field (compared after normalizeHeader). */
const aliases: Record<Field, string[]> = {
  id: ['id', 'entryid', '编号', '条目编号', 'id号'],
  title: ['title', '标题', '主题', '名称'],
  questions: ['questions', 'question', '问题', '买家问法', '问法', '买家问题', '常见问法'],
  answer: ['answer', 'reply', '答案', '回复', '回答', '话术', '标准回复'],
  keywords: ['keywords', 'keyword', '关键词', '关键字'],
  category: ['category', '分类', '类目', '类别'],
  tags: ['tags', 'tag', '标签'],
  products: ['products', 'product', 'sku', 'skus', '商品', '适用商品'],
  validFrom: ['validfrom', '生效日期', '开始日期', '生效时间', '开始时间'],
  validUntil: ['validuntil', '失效日期', '截止日期', '结束日期', '失效时间', '结束时间'],
  reviewBy: ['reviewby', '复查日期', '复核日期', '审核日期'],
  owner: ['owner', '负责人', '维护人'],
};
const required: Field[] = ['id', 'title', 'questions', 'answer'];

/** "Valid From", "valid_from", "问题（用 | 分隔）" → "validfrom", "问题". */
function normalizeHeader(h: string): string {
  return h
    .trim()
    .replace(/[(（][^)）]*[)）]\s*$/, '')
    .toLowerCase()
    .replace(/[\s_\-.]/g, '');
}

const fieldByHeader = new Map<string, Field>();
for (const [field, names] of Object.entries(aliases) as [Field, string[]][]) for (const n of names) fieldByHeader.set(n, field);

const splitQuestions = (s: string) => s.split(/\r\n|\r|\n|\||｜/);
const splitList = (s: string) => s.split(/[,，、;；|｜\r\n]+/);
const cleanList = (parts: string[]) => [...new Set(parts.map((p) => p.trim()).filter(Boolean))];

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD (also / . 年月日 separators, as spreadsheets reformat dates) or an ISO date-time. */
function normalizeDate(cell: string): { ok: true; value: string } | { ok: false } {
  const s = cell.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return { ok: false };
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return { ok: true, value: date };
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return { ok: false };
    return { ok: true, value: `${date}T${pad(Number(m[4]))}:${m[5]}${m[6] ? `:${m[6]}` : ''}` };
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s))) return { ok: true, value: s };
  return { ok: false };
}

export interface CsvError {
  row: number;
  column: string;
  message: string;
}

export type CsvEntriesResult = { ok: true; entries: Entry[]; warnings: string[] } | { ok: false; errors: CsvError[] };

/**
 * Entries from CSV text whose first row names the columns (English or Chinese names, any case).
 * Never throws; every problem comes back with its spreadsheet row and column.
 */
export function entriesFromCsv(text: string): CsvEntriesResult {
  const delimiter = detectDelimiter(text);
  const { rows, open } = scan(text, delimiter);
  const header = rows[0] ?? [];
  const headerName = (i: number) => header[i]?.trim() || columnLetter(i);
  if (open) {
    return {
      ok: false,
      errors: [{ row: open.record + 1, column: headerName(open.cell), message: 'a quoted cell is never closed — look for a stray " character' }],
    };
  }
  if (!rows.some((r) => r.some((c) => c.trim()))) return { ok: false, errors: [{ row: 1, column: '', message: 'the file is empty' }] };

  const errors: CsvError[] = [];
  const warnings: string[] = [];
  const columnOf = new Map<Field, number>();
  header.forEach((h, i) => {
    const field = fieldByHeader.get(normalizeHeader(h));
    if (field === undefined) {
      const used = rows.slice(1).some((r) => r[i]?.trim());
      if (h.trim()) warnings.push(`column "${h.trim()}" (${columnLetter(i)}) is not a known column and was ignored`);
      else if (used) warnings.push(`column ${columnLetter(i)} has no header and was ignored`);
      return;
    }
    const first = columnOf.get(field);
    if (first !== undefined) {
      errors.push({ row: 1, column: h.trim(), message: `column "${field}" appears twice (columns ${columnLetter(first)} and ${columnLetter(i)})` });
    } else columnOf.set(field, i);
  });
  for (const f of required) {
    if (!columnOf.has(f)) {
      errors.push({ row: 1, column: f, message: `missing column "${f}" (also accepted: ${aliases[f].filter((a) => a !== f.toLowerCase()).slice(0, 3).join(', ')})` });
    }
  }
  if (errors.length) return { ok: false, errors };

  const entries: Entry[] = [];
  const rowOfId = new Map<string, number>();
  const nameOf = (f: Field) => headerName(columnOf.get(f)!);
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (!cells.some((c) => c.trim())) return;
    const extra = cells.findIndex((c, i) => i >= header.length && c.trim());
    if (extra !== -1) {
      errors.push({
        row,
        column: columnLetter(extra),
        message: `this row has more cells than the header has columns — a cell containing ${delimiter === '\t' ? 'a tab' : `"${delimiter}"`} may be missing its quotes`,
      });
      return;
    }
    const cell = (f: Field) => {
      const i = columnOf.get(f);
      return i === undefined ? '' : (cells[i] ?? '');
    };
    const rowErrors: CsvError[] = [];
    const fail = (f: Field, message: string) => rowErrors.push({ row, column: nameOf(f), message });

    const entry: Record<string, unknown> = {};
    const id = cell('id').trim();
    const title = cell('title').trim();
    const questions = cleanList(splitQuestions(cell('questions')));
    const answer = cell('answer').replace(/\r\n?/g, '\n').trim();
    if (!id) fail('id', 'required');
    if (!title) fail('title', 'required');
    if (!questions.length) fail('questions', 'required (one or more buyer phrasings, separated by | or new lines)');
    if (!answer) fail('answer', 'required');
    Object.assign(entry, { id, title, questions, answer });
    for (const f of ['keywords', 'tags', 'products'] as const) {
      const list = cleanList(splitList(cell(f)));
      if (list.length) entry[f] = list;
    }
    for (const f of ['category', 'owner'] as const) {
      const v = cell(f).trim();
      if (v) entry[f] = v;
    }
    for (const f of ['validFrom', 'validUntil', 'reviewBy'] as const) {
      const raw = cell(f).trim();
      if (!raw) continue;
      const d = normalizeDate(raw);
      if (d.ok) entry[f] = d.value;
      else fail(f, `"${raw}" is not a date — use YYYY-MM-DD, e.g. 2026-11-30`);
    }
    if (typeof entry.validFrom === 'string' && typeof entry.validUntil === 'string' && Date.parse(entry.validFrom) > Date.parse(entry.validUntil)) {
      fail('validUntil', `ends before validFrom (${entry.validFrom})`);
    }
    if (id) {
      const seen = rowOfId.get(id);
      if (seen !== undefined) fail('id', `duplicate id "${id}" (also row ${seen})`);
      else rowOfId.set(id, row);
    }
    if (rowErrors.length) {
      // Left to right, as the team lead reads the row.
      const order = (e: CsvError) => header.findIndex((h) => h.trim() === e.column);
      errors.push(...rowErrors.sort((a, b) => order(a) - order(b)));
      return;
    }
    // The schema has the final word, so a pack built from CSV is exactly as valid as one written by hand.
    const r = entrySchema.safeParse(entry);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const f = String(issue.path[0] ?? 'id') as Field;
        rowErrors.push({ row, column: columnOf.has(f) ? nameOf(f) : f, message: issue.message });
      }
      errors.push(...rowErrors);
      return;
    }
    entries.push(r.data);
  });
  if (errors.length) return { ok: false, errors };
  if (!entries.length) return { ok: false, errors: [{ row: 2, column: '', message: 'there are no entries below the header row' }] };
  return { ok: true, entries, warnings };
}

export function describeCsvErrors(errors: CsvError[], max = 20): string {
  const lines = errors.slice(0, max).map((e) => (e.column ? `row ${e.row}, column "${e.column}": ${e.message}` : `row ${e.row}: ${e.message}`));
  if (errors.length > max) lines.push(`…and ${errors.length - max} more`);
  return lines.join('\n');
}
