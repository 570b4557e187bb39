import type { UsageEvent, UsageEventType } from '../db/types';

// What the usage analytics reads from the local event log, so the panel records events the same way.
//
//   type        entryKey            detail
//   question    —                   questionId (string, required for answer rate), text (the MASKED
//                                   question, for "top unanswered"; stays in the browser), answered?
//   shown       the entry shown     questionId; or one event for several entries with
//                                   entryKeys = keys joined by ENTRY_KEYS_SEPARATOR (joinEntryKeys)
//   inserted    the entry used      questionId
//   copied      the entry used      questionId (a copy is a use, like an insert)
//   thumbs-up   the entry           —
//   thumbs-down the entry           —
//   flagged     the entry, if any   — (a gap report was made)
//
// entryKey is always the `${packId}/${entryId}` key the matcher and the panel use. A questionId is any
// string that is the same for every event about one buyer question (e.g. conversation + question).

export const DETAIL = {
  questionId: 'questionId',
  text: 'text',
  answered: 'answered',
  entryKeys: 'entryKeys',
} as const;

/** The event types that mean "the agent used this suggestion". */
export const USE_TYPES: readonly UsageEventType[] = ['inserted', 'copied'];

/** Keys never contain a line break (ids are single-line), so it is a safe separator. */
export const ENTRY_KEYS_SEPARATOR = '\n';

export function joinEntryKeys(keys: readonly string[]): string {
  return keys.join(ENTRY_KEYS_SEPARATOR);
}

const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export function questionIdOf(e: UsageEvent): string | undefined {
  const id = e.detail?.[DETAIL.questionId];
  return nonEmptyString(id) ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : undefined;
}

/** The entries an event is about: its entryKey and, for 'shown', detail.entryKeys. Distinct. */
export function entryKeysOf(e: UsageEvent): string[] {
  const keys: string[] = [];
  if (nonEmptyString(e.entryKey)) keys.push(e.entryKey);
  const joined = e.detail?.[DETAIL.entryKeys];
  if (nonEmptyString(joined)) for (const k of joined.split(ENTRY_KEYS_SEPARATOR)) if (k.trim() && !keys.includes(k.trim())) keys.push(k.trim());
  return keys;
}

/** Events with a type and a finite time; anything else in the log (old versions, bad writes) is ignored. */
export function isUsableEvent(e: unknown): e is UsageEvent {
  const v = e as UsageEvent | null;
  return typeof v === 'object' && v !== null && typeof v.type === 'string' && typeof v.at === 'number' && Number.isFinite(v.at);
}
