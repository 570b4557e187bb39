import { vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeedPackListing } from '@/lib/feed/schema';
import { sha256Hex } from '@/lib/feed/verify';

export const fixturesDir = resolve(__dirname, '../../fixtures/packs');
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(resolve(fixturesDir, name)));
export const utf8 = (s: string) => new TextEncoder().encode(s);

/** What a correct feed would list for these bytes. */
export async function listingFor(bytes: Uint8Array, id: string, version: string, extra: Partial<FeedPackListing> = {}): Promise<FeedPackListing> {
  return { id, version, url: `https://feed.example/${id}.json`, sha256: await sha256Hex(bytes), size: bytes.length, ...extra };
}

/** Capture what a CLI command prints (commands write to process.stdout / process.stderr). */
export function captureOutput() {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (out.push(String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (err.push(String(chunk)), true));
  return {
    out: () => out.join(''),
    err: () => err.join(''),
    restore: () => {
      o.mockRestore();
      e.mockRestore();
    },
  };
}
