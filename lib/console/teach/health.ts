// Adapter health: does the console's adapter still find the conversation? Consoles change markup without
// notice; the sign is an adapter that reads no buyer message while the chat-layout detector, on the same
// page, sees buyer messages (or a reply box the adapter misses).
import type { ConsoleSnapshot } from '../types';

export type HealthReason =
  /** The adapter's selectors find no buyer message; the layout detector finds some. */
  | 'no-buyer-messages'
  /** The adapter reads the thread but finds no reply box; the layout detector finds one. */
  | 'no-input';

export interface ConsoleHealth {
  ok: boolean;
  /** The adapter serving this page (by URL). */
  adapterId: string;
  reason?: HealthReason;
  /** Added by the content script: when a new buyer question was last read, and a reply last inserted. */
  lastQuestionAt?: number;
  lastInsertAt?: number;
}

/** A snapshot that may carry health (ConsoleSnapshot itself does not declare it yet). */
export type SnapshotWithHealth = ConsoleSnapshot & { health?: ConsoleHealth };

export function healthOf(snapshot: ConsoleSnapshot | null | undefined): ConsoleHealth | undefined {
  const h = (snapshot as SnapshotWithHealth | null | undefined)?.health;
  return h && typeof h === 'object' && typeof h.ok === 'boolean' && typeof h.adapterId === 'string' ? h : undefined;
}

/** Judge an adapter's read against the layout detector's read of the same page. */
export function judgeHealth(
  adapterId: string,
  adapterRead: { buyerRows: number; hasInput: boolean } | null,
  genericRead: { buyerRows: number; hasInput: boolean } | null,
): ConsoleHealth {
  if ((adapterRead?.buyerRows ?? 0) === 0 && (genericRead?.buyerRows ?? 0) > 0) return { ok: false, adapterId, reason: 'no-buyer-messages' };
  if (adapterRead && adapterRead.buyerRows > 0 && !adapterRead.hasInput && genericRead?.hasInput) return { ok: false, adapterId, reason: 'no-input' };
  return { ok: true, adapterId };
}

/** What the options page shows per console: stored by the content script under HEALTH_PREFIX + id. */
export interface HealthRecord {
  consoleId: string;
  consoleName: string;
  host: string;
  recognised: boolean;
  ok: boolean;
  reason?: HealthReason;
  lastQuestionAt?: number;
  lastInsertAt?: number;
  checkedAt: number;
}

export function isHealthRecord(v: unknown): v is HealthRecord {
  const r = v as HealthRecord | null;
  return !!r && typeof r === 'object' && typeof r.consoleId === 'string' && typeof r.ok === 'boolean' && typeof r.checkedAt === 'number';
}

/** The id health is filed under: the adapter serving the page, else the host (generic reading only). */
export function healthKeyOf(snapshot: ConsoleSnapshot): string | null {
  const h = healthOf(snapshot);
  if (h) return h.adapterId;
  if (snapshot.consoleId !== 'generic') return snapshot.consoleId;
  try {
    return `generic@${new URL(snapshot.url).hostname}`;
  } catch {
    return null;
  }
}

/**
 * The record to store after a snapshot, or null when nothing the options page shows has changed
 * (the content script writes storage only then, not on every read).
 */
export interface Activity {
  lastQuestionAt?: number;
  lastInsertAt?: number;
}

export function nextHealthRecord(prev: HealthRecord | undefined, snapshot: ConsoleSnapshot, activity: Activity, now: number): HealthRecord | null {
  const key = healthKeyOf(snapshot);
  if (!key) return null;
  const h = healthOf(snapshot);
  let host = '';
  try {
    host = new URL(snapshot.url).hostname;
  } catch {
    // keep empty
  }
  const next: HealthRecord = {
    consoleId: key,
    consoleName: snapshot.consoleName,
    host,
    recognised: snapshot.recognised,
    ok: h?.ok ?? snapshot.recognised,
    ...(h?.reason ? { reason: h.reason } : {}),
    ...(activity.lastQuestionAt ?? prev?.lastQuestionAt ? { lastQuestionAt: activity.lastQuestionAt ?? prev?.lastQuestionAt } : {}),
    ...(activity.lastInsertAt ?? prev?.lastInsertAt ? { lastInsertAt: activity.lastInsertAt ?? prev?.lastInsertAt } : {}),
    checkedAt: now,
  };
  const same =
    prev &&
    prev.consoleId === next.consoleId &&
    prev.recognised === next.recognised &&
    prev.ok === next.ok &&
    prev.reason === next.reason &&
    prev.lastQuestionAt === next.lastQuestionAt &&
    prev.lastInsertAt === next.lastInsertAt &&
    prev.consoleName === next.consoleName;
  return same ? null : next;
}
