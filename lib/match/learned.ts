// Phrasings agents taught on this machine: when an agent inserts an entry for a question, that
// question becomes an extra phrasing of the entry (bounded, removable). Kept beside the stored index,
// never in it, so a pack update does not lose them and removing one is instant.
import { topK } from './topk';

/** Learned phrasings kept per matcher (the caller bounds what it stores too). */
export const MAX_LEARNED = 5_000;

interface Learned {
  entry: number;
  text: string;
  terms: number[];
}

export class LearnedPhrasings {
  private list: Learned[] = [];
  private byTerm = new Map<number, number[]>();
  private byEntry = new Map<number, number[][]>();

  get size(): number {
    return this.list.length;
  }

  /** Add (or refresh) phrasings; the oldest go first past MAX_LEARNED. */
  add(items: Learned[]): void {
    const byKey = new Map(this.list.map((l) => [key(l.entry, l.text), l]));
    for (const l of items) {
      byKey.delete(key(l.entry, l.text));
      byKey.set(key(l.entry, l.text), l);
    }
    this.list = [...byKey.values()].slice(-MAX_LEARNED);
    this.reindex();
  }

  /** Remove the phrasings `drop` says yes to (all when no predicate is given). */
  remove(drop?: (entry: number, text: string) => boolean): void {
    this.list = drop ? this.list.filter((l) => !drop(l.entry, l.text)) : [];
    this.reindex();
  }

  /** Term lists of an entry's learned phrasings. */
  of(entry: number): number[][] {
    return this.byEntry.get(entry) ?? [];
  }

  /** The `max` entries whose learned phrasings share the most weight with the question's terms. */
  candidates(terms: { id: number; weight: number }[], max: number): number[] {
    if (this.list.length === 0) return [];
    const weight = new Map<number, number>();
    for (const t of terms) {
      for (const i of this.byTerm.get(t.id) ?? []) {
        const e = this.list[i]!.entry;
        weight.set(e, (weight.get(e) ?? 0) + t.weight);
      }
    }
    const entries = [...weight.keys()];
    const ws = entries.map((e) => weight.get(e)!);
    return topK(entries.map((_, i) => i), ws, max).map((i) => entries[i]!);
  }

  private reindex(): void {
    this.byTerm = new Map();
    this.byEntry = new Map();
    this.list.forEach((l, i) => {
      const phrasings = this.byEntry.get(l.entry);
      if (phrasings) phrasings.push(l.terms);
      else this.byEntry.set(l.entry, [l.terms]);
      for (const t of l.terms) {
        const ids = this.byTerm.get(t);
        if (ids) ids.push(i);
        else this.byTerm.set(t, [i]);
      }
    });
  }
}

function key(entry: number, text: string): string {
  return `${entry}\u0000${text}`;
}
