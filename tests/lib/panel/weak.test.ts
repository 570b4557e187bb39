import { describe, expect, it } from 'vitest';
import { foldedFlags, weakFlags } from '@/lib/panel/weak';

describe('weak matches', () => {
  it('are far below the best one or below the floor', () => {
    expect(weakFlags([0.92, 0.52, 0.51, 0.37, 0.36])).toEqual([false, false, false, true, true]);
    expect(weakFlags([0.55, 0.48, 0.45, 0.39, 0.35])).toEqual([false, false, false, false, false]);
    expect(weakFlags([0.62, 0.56, 0.32, 0.31, 0.24])).toEqual([false, false, false, false, true]);
    expect(weakFlags([0.2, 0.18])).toEqual([true, true]);
    expect(weakFlags([])).toEqual([]);
  });

  it('the first is never folded; one weak one is not folded either', () => {
    expect(foldedFlags([false, false, false, true, true])).toEqual([false, false, false, true, true]);
    expect(foldedFlags([false, false, false, false, true])).toEqual([false, false, false, false, false]);
    expect(foldedFlags([true, true, true])).toEqual([false, true, true]);
  });
});
