import { z } from 'zod';
import type { UsageSummary } from './summary';

// Two ways the usage summary leaves the options page: a CSV for the agent's own spreadsheet, and an
// aggregate the agent may attach to a gap report. The aggregate is numbers plus pack text (entry keys,
// titles, categories): never a buyer's words, so it needs no masking.

const formulaStart = /^[=+\-@\t\r]/;

/** RFC 4180 cell; a leading = + - @ gets a ' so a spreadsheet never runs pack text as a formula. */
function cell(value: string | number | boolean): string {
  const s = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : String(value);
  const v = typeof value === 'string' && formulaStart.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const line = (cells: (string | number | boolean)[]) => cells.map(cell).join(',');
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * CSV (UTF-8 BOM so Excel reads Chinese, CRLF): a block of totals, then the entries, categories and
 * hours, each block with its own header row and separated by an empty line.
 */
export function summaryToCsv(summary: UsageSummary): string {
  const rows: string[] = [line(['metric', 'value'])];
  if (summary.from !== undefined && summary.to !== undefined) rows.push(line(['from', iso(summary.from)]), line(['to', iso(summary.to)]));
  rows.push(
    line(['questionsSeen', summary.questionsSeen]),
    line(['answered', summary.answered]),
    line(['answerRate', summary.answerRate]),
    line(['inserted', summary.inserted]),
    line(['flagged', summary.flagged]),
    '',
    line(['entry', 'title', 'category', 'shown', 'inserted', 'up', 'down', 'flagged', 'negativeShare', 'needsReview', 'reasons']),
  );
  for (const e of summary.perEntry) {
    rows.push(line([e.key, e.title, e.category ?? '', e.shown, e.inserted, e.up, e.down, e.flagged, e.negativeShare, e.needsReview ? 'yes' : 'no', e.reasons.join(' ')]));
  }
  rows.push('', line(['category', 'inserted']));
  for (const c of summary.busiestCategories) rows.push(line([c.category, c.count]));
  rows.push('', line(['hour', 'questions']));
  summary.hours.forEach((count, hour) => rows.push(line([hour, count])));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Bounds that keep a report small. */
export const AGGREGATE_LIMITS = { entries: 20, categories: 10 } as const;

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1);

/** The aggregate as a schema, for whoever adds it to kbreport (zod drops unknown fields). */
export const usageAggregateSchema = z.object({
  from: z.number().optional(),
  to: z.number().optional(),
  questionsSeen: count,
  answered: count,
  answerRate: share,
  inserted: count,
  flagged: count,
  /** Entries that need review (at most AGGREGATE_LIMITS.entries). */
  needsReview: z
    .array(
      z.object({
        key: z.string(),
        title: z.string(),
        shown: count,
        inserted: count,
        up: count,
        down: count,
        reasons: z.array(z.enum(['negative-feedback', 'rarely-used'])),
      }),
    )
    .max(AGGREGATE_LIMITS.entries),
  busiestCategories: z.array(z.object({ category: z.string(), count })).max(AGGREGATE_LIMITS.categories),
  /** Questions per local hour, index = hour. */
  hours: z.array(count).length(24),
});
export type UsageAggregate = z.infer<typeof usageAggregateSchema>;

/** Numbers and pack text only: what may ride along with a report when the agent opts in. */
export function aggregateForReport(summary: UsageSummary): UsageAggregate {
  const aggregate: UsageAggregate = {
    questionsSeen: summary.questionsSeen,
    answered: summary.answered,
    answerRate: Math.round(summary.answerRate * 1000) / 1000,
    inserted: summary.inserted,
    flagged: summary.flagged,
    needsReview: summary.perEntry
      .filter((e) => e.needsReview)
      .slice(0, AGGREGATE_LIMITS.entries)
      .map((e) => ({ key: e.key, title: e.title, shown: e.shown, inserted: e.inserted, up: e.up, down: e.down, reasons: [...e.reasons] })),
    busiestCategories: summary.busiestCategories.slice(0, AGGREGATE_LIMITS.categories).map((c) => ({ ...c })),
    hours: [...summary.hours],
  };
  if (summary.from !== undefined) aggregate.from = summary.from;
  if (summary.to !== undefined) aggregate.to = summary.to;
  return aggregate;
}
