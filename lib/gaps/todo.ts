import type { GapReport, ReportKind, Urgency } from '../report/schema';
import { placeholderPattern } from '../redact/kinds';
import { groupQuestions, type GroupOptions } from './group';

// The team lead's to-do list: gap reports grouped into needs, most pressing first, written as the
// knowledge CSV `kbpack build` reads. The answer column is left empty for the team lead; every other
// column is already valid, so filling in answers is all it takes to build a pack.

export const URGENCY_WEIGHT: Record<Urgency, number> = { high: 3, medium: 2, low: 1 };

/** The columns entriesFromCsv knows, then informational ones it ignores (with a warning). */
export const todoColumns = ['id', 'title', 'questions', 'answer', 'keywords', 'category', 'tags', 'count', 'urgency'] as const;
export type TodoColumn = (typeof todoColumns)[number];

export const MAX_TITLE_CHARS = 40;

export interface TodoRow {
  id: string;
  title: string;
  questions: string[];
  category?: string;
  tags: string[];
  count: number;
  urgency: Urgency;
  /** Entries reported wrong or outdated in this group (only with `kinds` beyond "missing"). */
  entries: string[];
  /** The report ids behind the row. */
  reportIds: string[];
}

export interface TodoOptions extends GroupOptions {
  /** Which kinds of report to include (default: missing only). */
  kinds?: readonly ReportKind[];
  /** Category of an entry by its key (`packId/entryId`) or id, e.g. from the loaded pack. */
  categoryOf?: (entryKeyOrId: string) => string | undefined;
}

/** Cell text that is safe in the questions column and in a spreadsheet. */
function clean(text: string): string {
  return text
    .replace(/[|｜\r\n]+/g, ' ') // the questions cell separates phrasings with these
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '')
    .trim()
    .replace(/^[=+\-@\s]+/, ''); // a spreadsheet would run these as a formula
}

/** A pack phrasing: placeholders say "personal data was here", which would only add noise to matching. */
const phrasing = (text: string) => clean(text.replace(placeholderPattern, ' '));

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The category the panel's best suggestion (or the reported entry) has. */
function reportCategory(r: GapReport, categoryOf: TodoOptions['categoryOf']): string | undefined {
  if (!categoryOf) return undefined;
  if (r.entryId) {
    const c = categoryOf(r.entryId);
    if (c) return c;
  }
  const best = [...r.suggestions].sort((a, b) => b.score - a.score)[0];
  return best ? categoryOf(best.entryId) : undefined;
}

export function todoRows(reports: readonly GapReport[], options: TodoOptions = {}): TodoRow[] {
  const kinds = new Set<ReportKind>(options.kinds ?? ['missing']);
  const chosen = reports.filter((r) => kinds.has(r.kind));
  const byId = new Map(chosen.map((r) => [r.id, r]));
  const groups = groupQuestions(
    chosen.map((r) => {
      const category = reportCategory(r, options.categoryOf);
      return { id: r.id, text: r.question, weight: URGENCY_WEIGHT[r.emotion.urgency], ...(category ? { category } : {}) };
    }),
    options,
  );
  const width = Math.max(3, String(groups.length).length);
  const rows: TodoRow[] = [];
  for (const g of groups) {
    const members = g.ids.map((id) => byId.get(id)!);
    const questions = [...new Set(g.questions.map(phrasing).filter(Boolean))];
    // A group whose every phrasing was only a placeholder has nothing to build an entry from.
    if (!questions.length) continue;
    // The title keeps placeholders: "寄到〔address〕运费多少" tells the team lead more than "寄到运费多少".
    const title = truncate(clean(g.representative) || questions[0]!, MAX_TITLE_CHARS);
    const urgency = members.reduce<Urgency>((u, r) => (URGENCY_WEIGHT[r.emotion.urgency] > URGENCY_WEIGHT[u] ? r.emotion.urgency : u), 'low');
    const otherKinds = [...new Set(members.map((r) => r.kind).filter((k) => k !== 'missing'))];
    const entries = [...new Set(members.flatMap((r) => (r.kind !== 'missing' && r.entryId ? [r.entryId] : [])))];
    const row: TodoRow = {
      id: `gap-${String(rows.length + 1).padStart(width, '0')}`,
      title,
      questions,
      tags: ['gap', ...otherKinds],
      count: g.count,
      urgency,
      entries,
      reportIds: g.ids,
    };
    if (g.category) row.category = g.category;
    rows.push(row);
  }
  return rows;
}

/**
 * RFC 4180 cell. A cell starting with a formula character (= + - @) gets a leading space, so a spreadsheet
 * never runs buyer text as a formula; `build` trims it away again.
 */
function cell(raw: string): string {
  const value = /^[=+\-@\t\r]/.test(raw) ? ` ${raw}` : raw;
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * UTF-8 BOM (Excel then reads Chinese correctly), CRLF, header `todoColumns` plus `entries` when any
 * row names reported entries. The answer column is empty.
 */
export function todoCsv(rows: readonly TodoRow[]): string {
  const withEntries = rows.some((r) => r.entries.length > 0);
  const header = [...todoColumns, ...(withEntries ? ['entries'] : [])];
  const lines = [header.join(',')];
  for (const r of rows) {
    const values: Record<TodoColumn, string> = {
      id: r.id,
      title: r.title,
      questions: r.questions.join('|'),
      answer: '',
      keywords: '',
      category: r.category ?? '',
      tags: r.tags.join('|'),
      count: String(r.count),
      urgency: r.urgency,
    };
    const cells = todoColumns.map((c) => values[c]);
    if (withEntries) cells.push(r.entries.join('|'));
    lines.push(cells.map(cell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
