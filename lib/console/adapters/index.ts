// All console adapters, and which one serves a URL. Adding a console = one file + one line here + its
// match pattern in ../hosts.ts.
import type { ConsoleAdapter } from '../types';
import { amazon } from './amazon';
import { feige } from './feige';
import { kuaishou } from './kuaishou';
import { pinduoduo } from './pinduoduo';
import { shopee } from './shopee';
import { tiktok } from './tiktok';
import { xiaohongshu } from './xiaohongshu';

export const consoleAdapters: readonly ConsoleAdapter[] = [pinduoduo, feige, kuaishou, tiktok, shopee, xiaohongshu, amazon];

export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p.startsWith('*.')) return h.endsWith(p.slice(1)) || h === p.slice(2);
  return h === p;
}

/** "/pc_seller" serves "/pc_seller" and "/pc_seller/x", not "/pc_seller_v3". */
export function pathMatches(prefix: string, path: string): boolean {
  const p = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  return path === p || path.startsWith(`${p}/`);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The adapter serving this URL (host and path), if any. */
export function findAdapter(url: string, adapters: readonly ConsoleAdapter[] = consoleAdapters): ConsoleAdapter | undefined {
  const u = parse(url);
  if (!u) return undefined;
  return adapters.find(
    (a) => a.hosts.some((h) => hostMatches(h, u.hostname)) && (!a.paths?.length || a.paths.some((p) => pathMatches(p, u.pathname))),
  );
}

/** The adapter whose host this is, whatever the path: names the console when its markup was not recognised. */
export function hostAdapter(url: string, adapters: readonly ConsoleAdapter[] = consoleAdapters): ConsoleAdapter | undefined {
  const u = parse(url);
  return u ? adapters.find((a) => a.hosts.some((h) => hostMatches(h, u.hostname))) : undefined;
}
