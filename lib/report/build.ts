import { gapReportSchema, maskReport, parseReport, reportFormat, type GapReportInput, type ReportParseResult, type ReportRedaction } from './schema';

// The one way the extension makes a report: fill in id and time, keep the two most recent earlier
// messages, validate, mask, then cap runaway lengths. Masking comes first: a cut made before it can
// split a phone or card number ("…电话13812345…") that no detector then recognises.

/** Long texts are cut here: a report is a pointer for the team lead, not a transcript. */
export const maxFieldLength = 2000;

export type ReportDraft = Omit<GapReportInput, 'format' | 'id' | 'createdAt'> & { id?: string; createdAt?: string };

export interface BuildOptions {
  /** Buyer nicknames known from the page. */
  names?: readonly string[];
  /** Order numbers known from the page. */
  orders?: readonly string[];
  /** For tests and replays; defaults to the clock. */
  now?: Date;
}

export type BuildResult = (ReportParseResult & { ok: false }) | { ok: true; report: import('./schema').GapReport; found: ReportRedaction[] };

/** Before masking, text is only bounded (so masking stays cheap), and never inside a number or word. */
const maskLimit = maxFieldLength * 8;
function bound(s: unknown): unknown {
  if (typeof s !== 'string' || s.length <= maskLimit) return s;
  const cut = s.slice(0, maskLimit);
  return cut.replace(/[0-9A-Za-z@_.\-\s]+$/, '') || cut;
}

/** After masking: cut to the limit, but never through a placeholder (a half "〔pho" would not parse). */
function cap(s: string): string {
  if (s.length <= maxFieldLength) return s;
  let cut = maxFieldLength;
  const open = s.lastIndexOf('〔', cut - 1);
  if (open >= 0 && s.indexOf('〕', open) >= cut) cut = open;
  return `${s.slice(0, cut)}…`;
}
const capOptional = (s: string | undefined) => (s === undefined ? undefined : cap(s));

export function buildReport(draft: ReportDraft, options: BuildOptions = {}): BuildResult {
  const d = (typeof draft === 'object' && draft !== null ? draft : {}) as Record<string, unknown>;
  const previous = Array.isArray(d.previous) ? d.previous.filter((p): p is string => typeof p === 'string' && p.trim() !== '').slice(-2) : d.previous;
  const parsed = parseReport({
    ...d,
    format: reportFormat,
    id: typeof d.id === 'string' ? d.id : crypto.randomUUID(),
    createdAt: typeof d.createdAt === 'string' ? d.createdAt : (options.now ?? new Date()).toISOString(),
    question: bound(d.question),
    previous: Array.isArray(previous) ? previous.map(bound) : previous,
    searched: bound(d.searched),
    note: bound(d.note),
    sentReply: bound(d.sentReply),
  });
  if (!parsed.ok) return parsed;
  const { report: m, found } = maskReport(parsed.report, { names: options.names, orders: options.orders });
  const report = { ...m, question: cap(m.question), previous: m.previous.map(cap), note: cap(m.note) };
  if (m.searched !== undefined) report.searched = capOptional(m.searched);
  if (m.sentReply !== undefined) report.sentReply = capOptional(m.sentReply);
  // Masking and cutting keep every field a non-empty string where one was; checked anyway, cheaply.
  return gapReportSchema.safeParse(report).success ? { ok: true, report, found } : { ok: false, errors: [{ path: '(report)', message: 'masking produced an invalid report' }] };
}
