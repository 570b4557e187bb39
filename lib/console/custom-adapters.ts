// Custom adapters (taught, imported, or delivered by a feed) next to the built-in ones. They live in
// extension storage (storage.local): the content script reads them there, because a content script's
// IndexedDB would be the console's own. Every writer validates with ./adapter-schema.ts first; this file
// stays zod-free because it ships in the content script.
import type { ConsoleAdapter } from './types';

/** Taught or imported on this computer: `StoredAdapter[]`, written by the worker only. */
export const LOCAL_ADAPTERS_KEY = 'kefu.adapters.local';
/** One key per feed: `FeedExtras`, written by the feed sync only. */
export const FEED_EXTRAS_PREFIX = 'kefu.feed.';
/** One key per console: `HealthRecord` (./teach/health.ts), written by the content script. */
export const HEALTH_PREFIX = 'kefu.health.';

export type AdapterSource = 'taught' | 'import' | `feed:${string}`;

export interface StoredAdapter {
  adapter: ConsoleAdapter;
  source: AdapterSource;
  /** When this version arrived; among custom adapters with the same id the newest wins. */
  savedAt: number;
}

/** What a feed (its index and its packs) delivered besides packs. Rules are validated by lib/rules. */
export interface FeedExtras {
  url: string;
  adapters: StoredAdapter[];
  rules: unknown[];
  at: number;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const OPTIONAL_LISTS = ['paths', 'notBuyer', 'seller', 'systemText', 'sender', 'messageText', 'send', 'buyerName', 'order', 'product', 'conversationId'] as const;

/** Light shape check for data read back from storage (already zod-validated when written). */
export function isAdapterShape(v: unknown): v is ConsoleAdapter {
  if (!v || typeof v !== 'object') return false;
  const a = v as Record<string, unknown>;
  if (typeof a.id !== 'string' || typeof a.name !== 'string') return false;
  if (!isStringList(a.hosts) || !isStringList(a.messageRow) || !isStringList(a.buyer) || !isStringList(a.input)) return false;
  return OPTIONAL_LISTS.every((k) => a[k] === undefined || isStringList(a[k]));
}

function isStored(v: unknown): v is StoredAdapter {
  const s = v as StoredAdapter | null;
  return !!s && typeof s === 'object' && isAdapterShape(s.adapter) && typeof s.source === 'string' && typeof s.savedAt === 'number';
}

/** Every custom adapter found in a storage.local dump (`get(null)`), local and from feeds. Bad rows are skipped. */
export function storedAdaptersFrom(items: Record<string, unknown>): StoredAdapter[] {
  const out: StoredAdapter[] = [];
  const local = items[LOCAL_ADAPTERS_KEY];
  if (Array.isArray(local)) out.push(...local.filter(isStored));
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(FEED_EXTRAS_PREFIX) || !value || typeof value !== 'object') continue;
    const list = (value as FeedExtras).adapters;
    if (Array.isArray(list)) out.push(...list.filter(isStored));
  }
  return out;
}

/** One adapter per id: the newest. Newest first. */
export function effectiveCustom(stored: readonly StoredAdapter[]): StoredAdapter[] {
  const byId = new Map<string, StoredAdapter>();
  for (const s of stored) {
    const prev = byId.get(s.adapter.id);
    if (!prev || s.savedAt > prev.savedAt || (s.savedAt === prev.savedAt && s.source === 'taught')) byId.set(s.adapter.id, s);
  }
  return [...byId.values()].sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * The adapter list the reader uses (the first match is taken). A custom adapter replaces a built-in only by
 * taking its id; one with another id comes after the built-ins, so a feed cannot quietly take over a console
 * the extension already reads (it still serves that host's other paths, and every new host).
 */
export function mergeAdapters(builtIn: readonly ConsoleAdapter[], stored: readonly StoredAdapter[]): ConsoleAdapter[] {
  const custom = effectiveCustom(stored).map((s) => s.adapter);
  const ids = new Set(custom.map((a) => a.id));
  const builtInIds = new Set(builtIn.map((a) => a.id));
  const overrides = custom.filter((a) => builtInIds.has(a.id));
  const others = custom.filter((a) => !builtInIds.has(a.id));
  return [...overrides, ...builtIn.filter((a) => !ids.has(a.id)), ...others];
}

/** Add or replace (by id) an adapter in the local list. */
export function upsertLocal(list: readonly StoredAdapter[], adapter: ConsoleAdapter, source: 'taught' | 'import', now: number): StoredAdapter[] {
  return [{ adapter, source, savedAt: now }, ...list.filter((s) => s.adapter.id !== adapter.id)];
}

export function removeLocal(list: readonly StoredAdapter[], id: string): StoredAdapter[] {
  return list.filter((s) => s.adapter.id !== id);
}

/**
 * Match patterns to register the content script on for custom adapters: their hosts (and path prefixes),
 * except hosts the manifest's content script already serves (a second copy there would only compete).
 */
export function registrationMatches(custom: readonly ConsoleAdapter[], builtIn: readonly ConsoleAdapter[]): string[] {
  const manifestHosts = new Set(builtIn.flatMap((a) => a.hosts.map((h) => h.toLowerCase())));
  const out = new Set<string>();
  for (const a of custom) {
    for (const host of a.hosts) {
      const h = host.toLowerCase();
      if (manifestHosts.has(h)) continue;
      const scheme = h === 'localhost' || h === '127.0.0.1' ? 'http' : 'https';
      const paths = a.paths?.length ? a.paths.map((p) => `${p.replace(/\/+$/, '')}*`) : ['/*'];
      for (const path of paths) out.add(`${scheme}://${h}${path.startsWith('/') ? path : `/${path}`}`);
    }
  }
  return [...out].sort();
}

/** The origin permission a host needs ("https://chat.example.com/*"). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.origin}/*` : null;
  } catch {
    return null;
  }
}
