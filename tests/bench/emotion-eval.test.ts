import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { evaluate, goldCare, run, type Row } from './suites/20-emotion';

// The bench's scoring on a handful of made-up rows, so a wrong count cannot hide behind real-data numbers.
// Predictions come from a fixed table keyed by text: what is measured here is the scoring, not the detector.

const table = (m: Record<string, string[]>) => (text: string) => new Set(m[text] ?? []);

describe('emotion bench scoring', () => {
  it('gold care: negative:true, or a care label; positive and confused are not care', () => {
    expect(goldCare({ id: '1', text: 'a', negative: true })).toBe(true);
    expect(goldCare({ id: '2', text: 'b', labels: ['disappointed'] })).toBe(true);
    expect(goldCare({ id: '3', text: 'c', labels: ['positive'] })).toBe(false);
    expect(goldCare({ id: '4', text: 'd', labels: ['confused'], negative: false })).toBe(false);
  });

  it('negative:true predicted angry is a true positive; labels [positive] predicted positive is a true negative', () => {
    const rows: Row[] = [
      { id: '1', text: 'the parcel never came and nobody answers', negative: true },
      { id: '2', text: 'lovely scarf, thank you', labels: ['positive'] },
    ];
    const e = evaluate(rows, table({ [rows[0]!.text]: ['angry'], [rows[1]!.text]: ['positive'] }));
    // One TP, no FP (the positive row is a TN), no FN: perfect care scores.
    expect(e.care).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('a labelled set gets per-label F1 for the labels its gold uses, and care counts FP and FN', () => {
    const rows: Row[] = [
      { id: '1', text: '第三次问了，到底什么时候发', labels: ['anxious'] },
      { id: '2', text: '颜色很正，好评', labels: ['positive'] },
      { id: '3', text: '请问能开发票吗', labels: ['neutral'] },
      { id: '4', text: '质量一般，有点失望', labels: ['disappointed'] },
    ];
    const e = evaluate(rows, table({
      [rows[0]!.text]: ['anxious'], // TP
      [rows[1]!.text]: ['positive'], // TN for care
      [rows[2]!.text]: ['angry'], // care FP; a missed neutral
      [rows[3]!.text]: ['neutral'], // care FN; a wrong neutral
    }));
    expect(e.care).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(Object.keys(e.labels).sort()).toEqual(['anxious', 'disappointed', 'neutral', 'positive']);
    expect(e.labels.anxious).toEqual({ p: 1, r: 1, f1: 1 });
    expect(e.labels.positive).toEqual({ p: 1, r: 1, f1: 1 });
    expect(e.labels.disappointed).toEqual({ p: 0, r: 0, f1: 0 });
    expect(e.labels.neutral).toEqual({ p: 0, r: 0, f1: 0 });
    expect(e.labels.angry).toBeUndefined(); // predicted, but no gold row uses it: not scored
  });

  it('a set without labels (only negative) has no per-label F1', () => {
    const rows: Row[] = [
      { id: '1', text: 'broken on arrival', negative: true },
      { id: '2', text: 'arrived fine', negative: false },
    ];
    const e = evaluate(rows, table({ [rows[0]!.text]: ['disappointed'], [rows[1]!.text]: ['angry'] }));
    expect(e.labels).toEqual({});
    expect(e.care).toMatchObject({ p: 0.5, r: 1 });
    expect(e.care.f1).toBeCloseTo(2 / 3, 10);
  });

  it('skips cleanly when the datasets folder is absent', async () => {
    const missing = join(tmpdir(), 'kefu-no-such-datasets', 'emotion');
    await expect(run(missing)).resolves.toBe(`## Emotion detection\n\nSkipped: no datasets at ${missing}.`);
  });
});
