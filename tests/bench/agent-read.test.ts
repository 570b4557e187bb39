import { describe, expect, it } from 'vitest';
import { readProbes, score, type ProbeRow } from './suites/25-agent-read';

// The agent-expectation bench: its data file is well-formed and its scoring counts what it says.

describe('agent-read bench', () => {
  it('every probe row has text and expectations in the product vocabulary', () => {
    const rows = readProbes();
    expect(rows.length).toBeGreaterThan(1000);
    const ids = new Set<string>();
    for (const r of rows) {
      expect(r.text.length, r.id).toBeGreaterThan(0);
      expect([true, false, null]).toContain(r.care);
      expect(['low', 'medium', 'high', null]).toContain(r.urgency);
      if (r.main) expect(['angry', 'anxious', 'disappointed', 'confused', 'threatening', 'positive', 'neutral']).toContain(r.main);
      expect(ids.has(r.id), r.id).toBe(false);
      ids.add(r.id);
    }
  });

  it('scores right answers, wrong answers and skips unset expectations', () => {
    const rows: ProbeRow[] = [
      // the detector reads this as angry, high (strong anger)
      { id: 'a', probe: 1, text: '气死我了！！！你们这什么破服务', care: true, urgency: 'high', main: 'angry' },
      // expectation deliberately wrong on every field
      { id: 'b', probe: 1, text: '亲，这款还有货吗', care: true, urgency: 'high', main: 'angry' },
      // nothing expected: not scored
      { id: 'c', probe: 1, text: 'hello', care: null, urgency: null, main: null },
    ];
    expect(score(rows)).toEqual({ care: [1, 2], urgency: [1, 2], main: [1, 2] });
  });
});
