import { z } from 'zod';
import { issueText } from './issue-text';
import { describeJsonError } from './json-position';

// Knowledge pack format v1 ("kbpack/1"). Unknown fields are kept (looseObject) so that packs written
// by newer tools survive a round trip through older ones.

const nonEmpty = (what: string) => z.string({ error: 'required' }).trim().min(1, `${what} must not be empty`);

/**
 * A pack id: entries are stored under "pack/entry" keys, so a "/" in a pack id could collide with another
 * pack's entry ("shop" + "faq/ship" vs "shop/faq" + "ship"); a backslash is refused with it (path-like).
 */
export const PACK_ID_PROBLEM = 'must not contain "/" or "\\" (use letters, digits, "-", "_" or ".")';
export const packIdSchema = nonEmpty('id').refine((id) => !/[/\\]/.test(id), PACK_ID_PROBLEM);

/** ISO date or date-time; kept as the original string. */
const isoDate = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a valid date (use YYYY-MM-DD or an ISO date-time)');

export const emotionLabels = ['angry', 'anxious', 'disappointed', 'confused', 'threatening', 'positive', 'neutral'] as const;
export const emotionLabelSchema = z.enum(emotionLabels);
export type EmotionLabel = z.infer<typeof emotionLabelSchema>;

export const entrySchema = z.looseObject({
  id: nonEmpty('id'),
  title: nonEmpty('title'),
  questions: z.array(nonEmpty('a question'), { error: 'required' }).min(1, 'needs at least one buyer phrasing'),
  answer: nonEmpty('answer'),
  keywords: z.array(z.string()).optional(),
  category: z.string().optional(),
  tags: z.array(z.string()).optional(),
  /** SKU ids or product-name patterns this entry is about (ranks first when the buyer is looking at one). */
  products: z.array(z.string()).optional(),
  validFrom: isoDate.optional(),
  validUntil: isoDate.optional(),
  reviewBy: isoDate.optional(),
  owner: z.string().optional(),
  /** Optional per-emotion rewrites of the answer (tone variants). */
  tones: z.partialRecord(emotionLabelSchema, z.string()).optional(),
});
export type Entry = z.infer<typeof entrySchema>;

export const scriptSchema = z.looseObject({
  id: nonEmpty('id'),
  emotion: emotionLabelSchema,
  /** opener (before the answer), closer (after it) or standalone (a de-escalation reply on its own). */
  position: z.enum(['opener', 'closer', 'standalone']).default('opener'),
  categories: z.array(z.string()).optional(),
  text: nonEmpty('text'),
});
export type Script = z.infer<typeof scriptSchema>;

export const packSchema = z
  .looseObject({
    format: z.literal('kbpack/1', { error: 'must be "kbpack/1"' }),
    id: packIdSchema,
    version: nonEmpty('version'),
    title: nonEmpty('title'),
    locale: nonEmpty('locale'),
    publishedAt: isoDate,
    entries: z.array(entrySchema, { error: 'required' }),
    scripts: z.array(scriptSchema).optional(),
    synonyms: z.array(z.array(z.string()).min(2, 'a synonym group needs two or more terms')).optional(),
  })
  .superRefine((pack, ctx) => {
    const seen = new Map<string, number>();
    pack.entries.forEach((e, i) => {
      const first = seen.get(e.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id "${e.id}" (also entries[${first}])` });
      } else seen.set(e.id, i);
      if (e.validFrom && e.validUntil && Date.parse(e.validFrom) > Date.parse(e.validUntil)) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'validUntil'], message: 'ends before validFrom' });
      }
    });
    const scriptIds = new Set<string>();
    (pack.scripts ?? []).forEach((s, i) => {
      if (scriptIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['scripts', i, 'id'], message: `duplicate id "${s.id}"` });
      scriptIds.add(s.id);
    });
  });
export type Pack = z.infer<typeof packSchema>;

/** `entries[12].answer` from ['entries', 12, 'answer']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(pack)';
}

export interface PackError {
  path: string;
  message: string;
  /** The id of the entry or script the path is in, when it has one (shown as `(id "e3")`). */
  id?: string;
}

export type ParseResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** The id of the entry or script an issue is about, read from the raw value (the path alone is an index). */
function idAt(value: unknown, path: readonly PropertyKey[]): string | undefined {
  if ((path[0] !== 'entries' && path[0] !== 'scripts') || typeof path[1] !== 'number' || path[2] === 'id') return undefined;
  const list = (value as Record<string, unknown> | null)?.[path[0]];
  const id = Array.isArray(list) ? (list[path[1]] as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' && id.trim() ? id : undefined;
}

/**
 * Duplicate entry and script ids, from the raw value: the schema's own check only runs once everything
 * else is valid, and a team lead should see every problem in one run.
 */
function duplicateIds(value: unknown): PackError[] {
  const errors: PackError[] = [];
  for (const key of ['entries', 'scripts'] as const) {
    const list = (value as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(list)) continue;
    const seen = new Map<string, number>();
    list.forEach((item: unknown, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else errors.push({ path: `${key}[${i}].id`, message: key === 'entries' ? `duplicate id "${id}" (also entries[${first}])` : `duplicate id "${id}"` });
    });
  }
  return errors;
}

/** Validate an already-parsed JSON value. Never throws. */
export function parsePack(value: unknown): ParseResult {
  const r = packSchema.safeParse(value, { reportInput: true });
  if (r.success) return { ok: true, pack: r.data };
  const errors: PackError[] = r.error.issues.map((i) => {
    const id = idAt(value, i.path);
    return { path: formatPath(i.path), message: issueText(i), ...(id ? { id } : {}) };
  });
  const known = new Set(errors.map((e) => `${e.path}\n${e.message}`));
  for (const d of duplicateIds(value)) if (!known.has(`${d.path}\n${d.message}`)) errors.push(d);
  return { ok: false, errors };
}

/** Validate pack text (JSON). Never throws; a JSON syntax error becomes one error at "(pack)", with its line and column. */
export function parsePackText(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const looksHtml = /^\s*</.test(text);
    return {
      ok: false,
      errors: [{ path: '(pack)', message: looksHtml ? 'this is an HTML page, not a JSON pack' : `not valid JSON: ${describeJsonError(body, e)}` }],
    };
  }
  return parsePack(value);
}

export function describeErrors(errors: PackError[], max = 20): string {
  const lines = errors.slice(0, max).map((e) => `${e.path}${e.id ? ` (id "${e.id}")` : ''}: ${e.message}`);
  if (errors.length > max) lines.push(`…and ${errors.length - max} more`);
  return lines.join('\n');
}
