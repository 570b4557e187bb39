import type { MatchHit } from '../match';

/** What a ranking answers: one question (or search) in one conversation, against one built index. */
export interface RankingKey {
  /** builtAt of the search index: a pack change re-ranks at once. */
  index: number;
  conversationId: string;
  query: string;
  /** The buyer messages before the question: the same words asked again later are a new question. */
  earlier: string;
  product?: string;
  order?: string;
}

const same = (a: RankingKey, b: RankingKey) =>
  a.index === b.index && a.conversationId === b.conversationId && a.query === b.query && a.earlier === b.earlier && a.product === b.product && a.order === b.order;

// Inserting a reply teaches the matcher a phrasing at once; re-ranking the list the agent is looking at would
// move the cards under the mouse (a second click on #1, or Alt+1, would insert another answer). So the ranking is
// kept for as long as the question is the same; what was learned applies from the next question on.
export class RankingMemo {
  /** The last rankings, newest last: a search typed and cleared, or a tab left and come back to, finds its list. */
  private kept: { key: RankingKey; hits: MatchHit[] }[] = [];

  constructor(private readonly size = 32) {}

  rank(key: RankingKey, compute: () => MatchHit[]): MatchHit[] {
    const at = this.kept.findIndex((k) => same(k.key, key));
    if (at >= 0) {
      const [hit] = this.kept.splice(at, 1);
      this.kept.push(hit!);
      return hit!.hits;
    }
    const hits = compute();
    this.kept.push({ key: { ...key }, hits });
    if (this.kept.length > this.size) this.kept.shift();
    return hits;
  }
}
