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
      if (r.earlier) for (const m of r.earlier) expect(typeof m, r.id).toBe('string');
      if (r.trend) expect(['steady', 'escalating', 'calming']).toContain(r.trend);
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
    expect(score(rows)).toEqual({ care: [1, 2], urgency: [1, 2], main: [1, 2], trend: [0, 0] });
  });

  it('reads a row with earlier messages as a conversation and scores its trend', () => {
    const rows: ProbeRow[] = [
      // got angrier: escalating (the last message alone reads the same, but has no trend)
      { id: 'a', probe: 27, earlier: ['请问什么时候发货', '怎么还没发货'], text: '都三天了还不发货，气死我了！！', care: true, urgency: 'high', main: 'angry', trend: 'escalating' },
      // a threat two messages back still stands: the nudge alone would read as neutral and low
      { id: 'b', probe: 27, earlier: ['再不退款我就打12315', '别以为我不敢'], text: '？', care: true, urgency: 'high', main: 'threatening', trend: 'calming' },
    ];
    expect(score(rows)).toEqual({ care: [2, 2], urgency: [2, 2], main: [2, 2], trend: [1, 2] });
  });
});
