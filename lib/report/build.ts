import { gapReportSchema, maskReport, parseReport, reportFormat, type GapReportInput, type ReportParseResult, type ReportRedaction } from './schema';

// The one way the extension makes a report: fill in id and time, keep the two most recent earlier
// messages, cap runaway lengths, validate, then mask. What this returns is safe to store and send.

/** Long texts are cut here: a report is a pointer for the team lead, not a transcript. */
export const maxFieldLength = 2000;

export type ReportDraft = Omit<GapReportInput, 'format' | 'id' | 'createdAt'> & { id?: string; createdAt?: string };

export interface BuildOptions {
  /** Buyer nicknames known from the page. */
  names?: readonly string[];
  /** For tests and replays; defaults to the clock. */
  now?: Date;
}

export type BuildResult = (ReportParseResult & { ok: false }) | { ok: true; report: import('./schema').GapReport; found: ReportRedaction[] };

const cap = (s: unknown): unknown => (typeof s === 'string' && s.length > maxFieldLength ? `${s.slice(0, maxFieldLength)}…` : s);

export function buildReport(draft: ReportDraft, options: BuildOptions = {}): BuildResult {
  const d = (typeof draft === 'object' && draft !== null ? draft : {}) as Record<string, unknown>;
  const previous = Array.isArray(d.previous) ? d.previous.filter((p): p is string => typeof p === 'string' && p.trim() !== '').slice(-2) : d.previous;
  const parsed = parseReport({
    ...d,
    format: reportFormat,
    id: typeof d.id === 'string' ? d.id : crypto.randomUUID(),
    createdAt: typeof d.createdAt === 'string' ? d.createdAt : (options.now ?? new Date()).toISOString(),
    question: cap(d.question),
    previous: Array.isArray(previous) ? previous.map(cap) : previous,
    searched: cap(d.searched),
    note: cap(d.note),
    sentReply: cap(d.sentReply),
  });
  if (!parsed.ok) return parsed;
  const { report, found } = maskReport(parsed.report, { names: options.names });
  // Masking only shortens or keeps text, so the result is still valid; checked anyway, cheaply.
  return gapReportSchema.safeParse(report).success ? { ok: true, report, found } : { ok: false, errors: [{ path: '(report)', message: 'masking produced an invalid report' }] };
}
