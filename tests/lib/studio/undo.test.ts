import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, emptyHistory, MAX_UNDO, record, redo, seal, undo } from '@/lib/studio/undo';

describe('undo history', () => {
  it('undoes and redoes whole states in order', () => {
    let h = emptyHistory<number>();
    h = record(h, 1);
    h = record(h, 2);
    const u1 = undo(h, 3)!;
    expect(u1.state).toBe(2);
    const u2 = undo(u1.history, u1.state)!;
    expect(u2.state).toBe(1);
    expect(canUndo(u2.history)).toBe(false);
    const r1 = redo(u2.history, u2.state)!;
    expect(r1.state).toBe(2);
    const r2 = redo(r1.history, r1.state)!;
    expect(r2.state).toBe(3);
    expect(canRedo(r2.history)).toBe(false);
    expect(undo(emptyHistory<number>(), 0)).toBeNull();
  });

  it('typing in one field is one step until the field is left', () => {
    let h = emptyHistory<string>();
    h = record(h, '', 'e1:title');
    h = record(h, 'a', 'e1:title');
    h = record(h, 'ab', 'e1:title');
    expect(h.past).toEqual(['']);
    h = seal(h);
    h = record(h, 'abc', 'e1:title');
    expect(h.past).toEqual(['', 'abc']);
    h = record(h, 'abcd', 'e1:answer');
    expect(h.past).toEqual(['', 'abc', 'abcd']);
  });

  it('a new change clears redo; the history is bounded', () => {
    let h = emptyHistory<number>();
    h = record(h, 1);
    const u = undo(h, 2)!;
    expect(canRedo(u.history)).toBe(true);
    expect(canRedo(record(u.history, 1))).toBe(false);
    let big = emptyHistory<number>();
    for (let i = 0; i < MAX_UNDO + 10; i++) big = record(big, i);
    expect(big.past).toHaveLength(MAX_UNDO);
    expect(big.past[0]).toBe(10);
  });
});
