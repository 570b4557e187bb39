// Loading the retrieval dev sets from ../shared/datasets/retrieval/<set>/ (measurement only).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MatchEntry } from '@/lib/match';

export interface Query {
  id: string;
  text: string;
  expected: string[];
  self?: string;
}

export interface RetrievalSet {
  name: string;
  kb: MatchEntry[];
  queries: Query[];
}

const here = dirname(fileURLToPath(import.meta.url));
export const RETRIEVAL_DIR = resolve(here, '../../../../shared/datasets/retrieval');

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Every set present on disk (an absent folder gives []). */
export function loadRetrievalSets(dir = RETRIEVAL_DIR): RetrievalSet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, 'kb.jsonl')) && existsSync(join(dir, name, 'queries.jsonl')))
    .map((name) => ({
      name,
      kb: readJsonl<MatchEntry>(join(dir, name, 'kb.jsonl')),
      queries: readJsonl<Query>(join(dir, name, 'queries.jsonl')),
    }));
}
