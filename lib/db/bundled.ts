import zh from '../../data/packs/default-zh.json';
import en from '../../data/packs/default-en.json';
import { parsePack, type Pack } from '../pack/schema';

// The packs shipped inside the extension. Validated like any other pack: a broken build is caught by
// tests/data/packs.test.ts, and at run time a bad bundled pack is skipped rather than crashing.
export function bundledPacks(): Pack[] {
  const out: Pack[] = [];
  for (const raw of [zh, en]) {
    const r = parsePack(raw);
    if (r.ok) out.push(r.pack);
    else console.error('bundled pack is invalid', r.errors.slice(0, 5));
  }
  return out;
}
