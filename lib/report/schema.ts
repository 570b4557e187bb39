import { usageAggregateSchema } from '../analytics/export';
import { z } from 'zod';
import { emotionLabelSchema } from '../pack/schema';
import { redact, type PiiKind } from '../redact';

// Gap report format v1 ("kbreport/1"): what an agent sends the team lead when the knowledge base
// could not answer a buyer. Unknown fields are DROPPED (z.object, not looseObject): every text field
// that leaves the browser must be one maskReport knows about.

export const reportFormat = 'kbreport/1';
export const reportKinds = ['missing', 'wrong', 'outdated'] as const;
export type ReportKind = (typeof reportKinds)[number];
export const urgencyLevels = ['low', 'medium', 'high'] as const;
export type Urgency = (typeof urgencyLevels)[number];

const nonEmpty = (what: string) => z.string({ error: 'required' }).trim().min(1, `${what} must not be empty`);
/** Optional text: '' and absent mean the same, so CSV (which cannot tell them apart) round-trips. */
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const suggestionSchema = z.object({
  entryId: nonEmpty('entryId'),
  title: z.string(),
  score: z.number().refine(Number.isFinite, 'must be a finite number'),
});

export const gapReportSchema = z
  .object({
    format: z.literal(reportFormat, { error: `must be "${reportFormat}"` }),
    /** UUID; the idempotency key: receivers ignore a second report with the same id. */
    id: z.uuid({ error: 'must be a UUID' }),
    createdAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2026-11-22T14:30:00Z' }),
    kind: z.enum(reportKinds, { error: 'must be "missing", "wrong" or "outdated"' }),
    /** The buyer's question (masked). */
    question: nonEmpty('question'),
    /** Up to two buyer messages before the question, oldest first (masked). */
    previous: z.array(z.string()).max(2, 'at most two earlier buyer messages').default([]),
    console: z.object({ id: nonEmpty('console.id'), name: z.string().default('') }),
    /** What the agent typed into the search box, if anything (masked). */
    searched: optionalText,
    /** The suggestions that were shown (pack text: not masked). */
    suggestions: z.array(suggestionSchema).max(20, 'at most 20 suggestions').default([]),
    /** The entry reported as wrong or outdated. */
    entryId: optionalText,
    /** The agent's note (masked). */
    note: z.string().default(''),
    /** The reply the agent finally sent, if known (masked). */
    sentReply: optionalText,
    emotion: z.object({ main: emotionLabelSchema, urgency: z.enum(urgencyLevels, { error: 'must be "low", "medium" or "high"' }) }),
    packs: z.array(z.object({ id: nonEmpty('pack id'), version: nonEmpty('pack version') })).default([]),
    /** The agent's name as set in the options. */
    agent: z.string().default(''),
    /** The report's language, e.g. "zh-CN" or "en"; webhook summaries are written in it. */
    locale: nonEmpty('locale'),
    /** Aggregated local usage numbers (no message text), only when the agent opted in. */
    usage: usageAggregateSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.kind !== 'missing' && !r.entryId) {
      ctx.addIssue({ code: 'custom', path: ['entryId'], message: `required when kind is "${r.kind}" (the entry being reported)` });
    }
  });

export type GapReport = z.output<typeof gapReportSchema>;
export type GapReportInput = z.input<typeof gapReportSchema>;

export interface ReportError {
  path: string;
  message: string;
}
export type ReportParseResult = { ok: true; report: GapReport } | { ok: false; errors: ReportError[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(report)';
}

/** Validate an already-parsed value. Never throws. */
export function parseReport(value: unknown): ReportParseResult {
  const r = gapReportSchema.safeParse(value);
  if (r.success) return { ok: true, report: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => ({
      path: formatPath(i.path),
      message: i.code === 'invalid_type' && (i as { input?: unknown }).input === undefined ? 'required' : i.message,
    })),
  };
}

/** The free-text fields maskReport covers: everything a buyer or agent typed. */
export type MaskedField = 'question' | `previous[${number}]` | 'searched' | 'note' | 'sentReply';

export interface ReportRedaction {
  field: MaskedField;
  kind: PiiKind;
  /** Offsets in the field's original text. */
  start: number;
  end: number;
  detector: string;
}

/**
 * Mask personal data in every free-text field (question, previous, searched, note, sentReply).
 * Suggestion titles are pack text and are left as they are. Returns a new report and what was masked,
 * for the agent's preview. Masking twice changes nothing.
 */
export function maskReport(report: GapReport, options: { names?: readonly string[]; orders?: readonly string[] } = {}): { report: GapReport; found: ReportRedaction[] } {
  const found: ReportRedaction[] = [];
  const mask = (field: MaskedField, text: string): string => {
    const r = redact(text, options);
    for (const f of r.found) found.push({ field, ...f });
    return r.text;
  };
  // In the report's field order, so the preview lists findings top to bottom.
  const question = mask('question', report.question);
  const previous = report.previous.map((p, i) => mask(`previous[${i}]`, p));
  const searched = report.searched === undefined ? undefined : mask('searched', report.searched);
  const note = mask('note', report.note);
  const sentReply = report.sentReply === undefined ? undefined : mask('sentReply', report.sentReply);
  const masked: GapReport = { ...report, question, previous, note };
  if (searched !== undefined) masked.searched = searched;
  if (sentReply !== undefined) masked.sentReply = sentReply;
  return { report: masked, found };
}
