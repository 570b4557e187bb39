import type { EntryRow, PackRow, ScriptRow } from '../db/types';
import { entryKey } from '../db/packs';
import { buildIndex, Matcher, type MatchEntry } from '../match';
import type { Entry } from '../pack/schema';
import { publishedSelection, tidy } from './export';
import type { StudioDoc } from './types';

// The studio pack in the exact shape the side panel loads from the agent database (useKnowledge), so
// "Try a question" runs the panel's own code (lib/panel/suggest + reply) on what is being written.

export interface StudioKnowledge {
  matcher: Matcher;
  entries: Map<string, EntryRow>;
  scripts: ScriptRow[];
  packs: PackRow[];
}

export type KnowledgeScope = 'working' | 'published';

function packRow(doc: StudioDoc, entryCount: number): PackRow {
  return {
    id: doc.header.id,
    version: doc.header.version,
    title: doc.header.title,
    locale: doc.header.locale,
    publishedAt: '',
    source: 'file',
    enabled: 1,
    importedAt: 0,
    entryCount,
    scriptCount: doc.scripts.length,
    synonyms: doc.synonyms,
    extra: doc.extra,
  };
}

/**
 * working: every entry as it is being written (drafts included), so an author can try a draft;
 * published: what agents would get from an export now.
 */
export function studioKnowledge(doc: StudioDoc, scope: KnowledgeScope = 'working'): StudioKnowledge {
  const packId = doc.header.id;
  const chosen: Entry[] = scope === 'published' ? publishedSelection(doc).entries : doc.entries.map(tidy);
  const rows = new Map<string, EntryRow>();
  const match: MatchEntry[] = [];
  for (const entry of chosen) {
    const id = typeof entry.id === 'string' ? entry.id.trim() : '';
    const key = entryKey(packId, id);
    // An entry without an id, or a second one with the same id, cannot be told apart by the panel either.
    if (!id || rows.has(key)) continue;
    rows.set(key, { key, packId, category: entry.category, entry });
    match.push({ ...entry, id: key, questions: Array.isArray(entry.questions) ? entry.questions : [] });
  }
  const scripts: ScriptRow[] = doc.scripts.map((script) => ({ key: entryKey(packId, script.id), packId, emotion: script.emotion, script }));
  return {
    matcher: Matcher.fromIndex(buildIndex(match, { synonyms: doc.synonyms })),
    entries: rows,
    scripts,
    packs: [packRow(doc, rows.size)],
  };
}
