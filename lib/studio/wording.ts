import { buildIndex, Matcher, type MatchEntry } from '../match';
import type { StudioEntry } from './types';

// One search index over the working entries, keyed by uid and without dates: what the team lead browses
// and checks for duplicates is the wording, not what is valid today. Built once per pause in editing
// and shared by search and the duplicate checks (building is the expensive part).

export function wordingMatcher(entries: readonly StudioEntry[], synonyms: string[][] = []): Matcher {
  const match: MatchEntry[] = entries.map((e) => ({
    id: e.uid,
    title: typeof e.title === 'string' ? e.title : '',
    questions: Array.isArray(e.questions) ? e.questions.filter((q) => typeof q === 'string' && q.trim()) : [],
    answer: typeof e.answer === 'string' ? e.answer : '',
    keywords: e.keywords,
    category: e.category,
  }));
  return Matcher.fromIndex(buildIndex(match, { synonyms }));
}
