import { entrySchema, formatPath } from '../pack/schema';
import { knownVariables, variablesIn } from '../pack/variables';
import { dateMs } from './dates';
import { questionKey } from '../gaps/group';
import { toPackEntry } from './doc';
import type { StudioEntry } from './types';

// Validation as the team lead types: the pack schema (zod) has the final word; its issues are keyed by
// the field path the form shows them at ("questions[1]", "tones.angry"). Codes let the UI say it in the
// team lead's language; `message` is the schema's English wording for anything without a code.

export type ProblemCode =
  | 'required'
  | 'empty'
  | 'needs-phrasing'
  | 'not-a-date'
  | 'ends-before-start'
  | 'duplicate-id'
  | 'id-slash'
  | 'unknown-variable'
  | 'repeated-phrasing'
  | 'invalid';

export interface Problem {
  /** Field path: "title", "questions[2]", "tones.angry". */
  path: string;
  /** Errors stop an export; warnings are advice. */
  severity: 'error' | 'warning';
  code: ProblemCode;
  message: string;
  /** Extra detail for the message (a variable name, an id). */
  detail?: string;
}

export interface EntryCheck {
  errors: Problem[];
  warnings: Problem[];
}

function codeOf(issue: { code: string; path: PropertyKey[]; message: string; input?: unknown }): ProblemCode {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'too_small' && issue.path.length === 1 && issue.path[0] === 'questions') return 'needs-phrasing';
  if (issue.code === 'too_small') return 'empty';
  if (issue.code === 'custom' && /date/.test(issue.message)) return 'not-a-date';
  return 'invalid';
}


/** Check one entry against the schema and the rest of the pack. Never throws. */
export function checkEntry(entry: StudioEntry, others: readonly { id: string; uid?: string }[] = []): EntryCheck {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const r = entrySchema.safeParse(toPackEntry(entry));
  if (!r.success) {
    for (const issue of r.error.issues) {
      errors.push({ severity: 'error', path: formatPath(issue.path), code: codeOf(issue as never), message: issue.message });
    }
  }
  const from = dateMs(entry.validFrom);
  const until = dateMs(entry.validUntil);
  if (from !== undefined && until !== undefined && from > until) {
    errors.push({ severity: 'error', path: 'validUntil', code: 'ends-before-start', message: 'ends before validFrom' });
  }
  const id = typeof entry.id === 'string' ? entry.id.trim() : '';
  if (id && others.some((o) => o !== entry && (o.uid === undefined || o.uid !== entry.uid) && o.id.trim() === id)) {
    errors.push({ severity: 'error', path: 'id', code: 'duplicate-id', message: `another entry already has id "${id}"`, detail: id });
  }
  if (id.includes('/')) warnings.push({ severity: 'warning', path: 'id', code: 'id-slash', message: 'avoid "/" in ids: the extension keys entries as pack/id' });

  const texts: [string, string][] = [['answer', typeof entry.answer === 'string' ? entry.answer : '']];
  for (const [label, text] of Object.entries(entry.tones ?? {})) if (typeof text === 'string') texts.push([`tones.${label}`, text]);
  for (const [path, text] of texts) {
    for (const v of variablesIn(text)) {
      if (!(knownVariables as readonly string[]).includes(v)) {
        warnings.push({ severity: 'warning', path, code: 'unknown-variable', message: `{{${v}}} is not a known variable (${knownVariables.join(', ')})`, detail: v });
      }
    }
  }
  const seen = new Map<string, number>();
  (Array.isArray(entry.questions) ? entry.questions : []).forEach((q, i) => {
    const key = typeof q === 'string' ? questionKey(q) : '';
    if (!key) return;
    const first = seen.get(key);
    if (first !== undefined) warnings.push({ severity: 'warning', path: `questions[${i}]`, code: 'repeated-phrasing', message: `same as phrasing ${first + 1}`, detail: String(first + 1) });
    else seen.set(key, i);
  });
  return { errors, warnings };
}

/** Problems at one field path (errors first). */
export function problemsAt(check: EntryCheck, path: string): Problem[] {
  return [...check.errors, ...check.warnings].filter((p) => p.path === path);
}

export function isValidEntry(entry: StudioEntry, others: readonly { id: string; uid?: string }[] = []): boolean {
  return checkEntry(entry, others).errors.length === 0;
}

/** Entries are replaced, never changed in place, so a check of the same object stays true. */
const ownErrors = new WeakMap<object, boolean>();
function hasOwnErrors(e: StudioEntry): boolean {
  let v = ownErrors.get(e);
  if (v === undefined) ownErrors.set(e, (v = checkEntry(e).errors.length > 0));
  return v;
}

/**
 * Entries with errors, for the list: ids are counted once (no pairwise checks) and each entry object is
 * checked once, so typing in one entry of a big pack re-checks only that entry.
 */
export function invalidUids(entries: readonly StudioEntry[]): Set<string> {
  const idCount = new Map<string, number>();
  for (const e of entries) {
    const id = typeof e.id === 'string' ? e.id.trim() : '';
    idCount.set(id, (idCount.get(id) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const e of entries) {
    const id = typeof e.id === 'string' ? e.id.trim() : '';
    if ((idCount.get(id) ?? 0) > 1 || hasOwnErrors(e)) out.add(e.uid);
  }
  return out;
}
