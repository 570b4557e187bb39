import { describe, expect, it } from 'vitest';
import { careCounts, readSocial, type SocialRow } from './suites/26-social';

// The social-comment bench: its data file is well-formed and its care counts count what they say.

describe('social bench', () => {
  it('every row has text, labels in the product vocabulary and care that agrees with them', () => {
    const rows = readSocial();
    expect(rows.length).toBeGreaterThanOrEqual(400);
    const ids = new Set<string>();
    for (const r of rows) {
      expect(r.text.length, r.id).toBeGreaterThan(0);
      for (const l of r.labels) expect(['angry', 'anxious', 'disappointed', 'confused', 'positive', 'neutral'], r.id).toContain(l);
      expect(r.care, r.id).toBe(r.labels.some((l) => l === 'angry' || l === 'anxious' || l === 'disappointed'));
      expect(ids.has(r.id), r.id).toBe(false);
      ids.add(r.id);
    }
  });

  it('counts true positives, false positives and misses', () => {
    const rows: SocialRow[] = [
      { id: 'a', probe: 0, text: 'I am furious, they cancelled the game again', labels: ['angry'], care: true },
      { id: 'b', probe: 0, text: 'What a lovely photo, thanks for sharing', labels: ['positive'], care: true },
      { id: 'c', probe: 0, text: 'This is absolutely terrible', labels: ['neutral'], care: false },
      { id: 'd', probe: 0, text: 'The match starts at eight', labels: ['neutral'], care: false },
    ];
    expect(careCounts(rows)).toEqual([1, 1, 1]);
  });
});
