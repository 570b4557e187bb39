import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedPackListing } from '../feed/schema';
import { compareVersions } from '../feed/plan';

// What `kbpack publish` is about to replace: the index.json already in --out. Agents tell pack versions
// apart by version string, so new bytes under a published version, or a version that goes backwards, is
// worth a warning (it is still published: a deliberate rollback is allowed).

type Listed = Pick<FeedPackListing, 'id' | 'version' | 'sha256'>;

async function previousListings(dir: string): Promise<Listed[]> {
  try {
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { packs?: unknown };
    if (!Array.isArray(index.packs)) return [];
    return index.packs.filter((p): p is Listed => typeof p?.id === 'string' && typeof p?.version === 'string' && typeof p?.sha256 === 'string');
  } catch {
    return []; // no earlier index (first publish) or not readable: nothing to compare with
  }
}

export async function warningsAgainstPrevious(dir: string, listings: Listed[]): Promise<string[]> {
  const before = new Map((await previousListings(dir)).map((p) => [p.id, p]));
  const warnings: string[] = [];
  for (const now of listings) {
    const was = before.get(now.id);
    if (!was) continue;
    if (was.version === now.version && was.sha256.toLowerCase() !== now.sha256.toLowerCase()) {
      warnings.push(`warning: pack "${now.id}" ${now.version} was already published with different content; bump the version so agents and "What's new" can tell the two apart`);
    } else if (compareVersions(now.version, was.version) < 0) {
      warnings.push(`warning: pack "${now.id}" goes back from ${was.version} to ${now.version}; agents will roll back to it (fine if that is what you mean)`);
    }
  }
  return warnings;
}
