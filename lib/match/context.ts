// Context rules: validity windows (expired campaigns are not suggested), review dates (stale entries
// are marked) and product scoping (entries about the product or order on screen rank first).
import type { EntryRules, SearchOptions } from './types';

export function isValidAt(m: EntryRules, now: number): boolean {
  return (m.validFrom === undefined || m.validFrom <= now) && (m.validUntil === undefined || m.validUntil >= now);
}

export function isStale(m: EntryRules, now: number): boolean {
  return m.reviewBy !== undefined && m.reviewBy < now;
}

const globCache = new Map<string, RegExp>();
function glob(pattern: string): RegExp {
  let re = globCache.get(pattern);
  if (!re) {
    const body = pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    re = new RegExp(`^${body}$`);
    if (globCache.size > 1000) globCache.clear();
    globCache.set(pattern, re);
  }
  return re;
}

/** The console context, normalised once per search. Empty when there is nothing on screen. */
export function contextStrings(context: SearchOptions['context']): string[] {
  if (!context) return [];
  return [context.product, context.order]
    .filter((s): s is string => typeof s === 'string')
    .map((s) => s.normalize('NFKC').toLowerCase().trim())
    .filter(Boolean);
}

/**
 * An entry's product pattern matches when it is the SKU/order id shown, appears in the product
 * title shown (蓝牙耳机 in "XX 蓝牙耳机 Pro"), or matches it as a glob ("airpods*").
 */
export function matchesProduct(m: EntryRules, shown: string[]): boolean {
  if (!m.products || shown.length === 0) return false;
  for (const p of m.products) {
    for (const s of shown) {
      if (p.includes('*') ? glob(p).test(s) : s === p || s.includes(p)) return true;
    }
  }
  return false;
}
