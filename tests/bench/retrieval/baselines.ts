// Baselines run in the same process as our matcher, configured as in shared/datasets/README.md:
// Fuse.js over questions (weight 2) and title with ignoreLocation; MiniSearch with its default
// tokenizer, and MiniSearch with Chinese character bigrams added (fair to Chinese text).
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { MatchEntry } from '@/lib/match';
import type { Ranker } from './metrics';

export function fuseRanker(kb: MatchEntry[]): Ranker {
  const fuse = new Fuse(kb, { keys: [{ name: 'questions', weight: 2 }, { name: 'title', weight: 1 }], ignoreLocation: true });
  return (text) => fuse.search(text, { limit: 11 }).map((r) => r.item.id);
}

const CJK_RUN = /[\u3400-\u9fff]+/g;
/** Default MiniSearch tokens plus the character bigrams of every Chinese run. */
function bigramTokenize(text: string): string[] {
  const tokens = MiniSearch.getDefault('tokenize')(text) as string[];
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i < run.length; i++) tokens.push(i + 1 < run.length ? run.slice(i, i + 2) : run[i]!);
  }
  return tokens;
}

export function miniSearchRanker(kb: MatchEntry[], cjkBigrams: boolean): Ranker {
  const ms = new MiniSearch<MatchEntry>({
    fields: ['title', 'questions'],
    extractField: (doc, field) => {
      const v = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(v) ? v.join(' \n ') : v;
    },
    ...(cjkBigrams ? { tokenize: bigramTokenize } : {}),
    searchOptions: { boost: { questions: 2 }, prefix: true, fuzzy: 0.2 },
  });
  ms.addAll(kb);
  return (text) => ms.search(text).slice(0, 11).map((r) => String(r.id));
}
