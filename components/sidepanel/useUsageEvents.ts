import { useEffect, useRef } from 'preact/hooks';
import type { ConsoleSnapshot } from '@/lib/console/types';
import type { AppDB } from '@/lib/db/database';
import type { UsageEvent } from '@/lib/db/types';
import type { Suggestion } from '@/lib/panel/suggest';
import { knownFromPage, redact } from '@/lib/redact';

// Local usage signals (never sent, except aggregated numbers when the agent opts in): a question seen, the
// suggestions shown for it, inserts and votes. Question text is kept masked, for the "top unanswered" view.
/** A short opaque id for a question (FNV-1a): ties events together without storing the buyer's words. */
export function questionIdOf(conversationId: string | null, question: string): string {
  let h = 0x811c9dc5;
  const s = `${conversationId ?? ''}#${question}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `q${(h >>> 0).toString(36)}${s.length.toString(36)}`;
}

export function useUsageEvents(db: AppDB, snapshot: ConsoleSnapshot | null, suggestions: Suggestion[], ready: boolean) {
  const questionId = snapshot?.question ? questionIdOf(snapshot.conversationId, snapshot.question) : null;
  const seen = useRef(new Set<string>());
  /** The stored vote per question and card (its event's seq, once written): one vote each, replaced or withdrawn. */
  const votes = useRef(new Map<string, Promise<number | undefined>>());
  const add = (e: Omit<UsageEvent, 'at'>) => void db.events.add({ ...e, at: Date.now() }).catch(() => undefined);

  useEffect(() => {
    // Wait for the knowledge (and no manual search), so "shown" records what the buyer's question brought up.
    if (!ready || !questionId || !snapshot || seen.current.has(questionId)) return;
    seen.current.add(questionId);
    const text = redact(snapshot.question.slice(0, 300), knownFromPage(snapshot.context)).text;
    add({ type: 'question', consoleId: snapshot.consoleId, detail: { questionId, text } });
    for (const s of suggestions.slice(0, 3)) add({ type: 'shown', entryKey: s.key, consoleId: snapshot.consoleId, detail: { questionId } });
    // Suggestions are computed in the same render as the question, so they are recorded with it.
  }, [questionId, suggestions, ready]);

  return {
    inserted: (entryKey: string) => add({ type: 'inserted', entryKey, consoleId: snapshot?.consoleId, detail: questionId ? { questionId } : undefined }),
    copied: (entryKey: string) => add({ type: 'copied', entryKey, consoleId: snapshot?.consoleId, detail: questionId ? { questionId } : undefined }),
    /**
     * The agent's vote on a card for this question, or undefined when withdrawn. The earlier vote's event is
     * removed first, so clicking one card over and over counts once in the analytics ("needs review").
     * Writes are chained per card so fast clicks land in order.
     */
    voted: (entryKey: string, up: boolean | undefined) => {
      const slot = `${questionId ?? ''}|${entryKey}`;
      const before = votes.current.get(slot);
      const consoleId = snapshot?.consoleId;
      const detail = questionId ? { questionId } : undefined;
      const next = (async () => {
        const seq = await before;
        if (seq !== undefined) await db.events.delete(seq).catch(() => undefined);
        if (up === undefined) return undefined;
        return db.events.add({ type: up ? 'thumbs-up' : 'thumbs-down', entryKey, consoleId, detail, at: Date.now() }).catch(() => undefined);
      })();
      votes.current.set(slot, next);
    },
    /** Resolves once every vote written so far is stored (tests read the table after it). */
    votesStored: async () => void (await Promise.all(votes.current.values())),
  };
}
