import { describe, expect, it } from 'vitest';
import { visibleRange } from '@/lib/studio/window';

describe('windowed list rows', () => {
  it('covers the view plus overscan, clamped to the list', () => {
    expect(visibleRange(1000, 0, 460, 46, 8)).toEqual({ start: 0, end: 18 });
    expect(visibleRange(1000, 46 * 100, 460, 46, 8)).toEqual({ start: 92, end: 118 });
    expect(visibleRange(1000, 46 * 995, 460, 46, 8)).toEqual({ start: 987, end: 1000 });
  });

  it('a partly shown row at the bottom is rendered', () => {
    expect(visibleRange(100, 10, 100, 46)).toEqual({ start: 0, end: 3 });
  });

  it('odd input gives an empty or sane range, never a throw', () => {
    expect(visibleRange(0, 0, 500, 46, 8)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(10, -50, 500, 46)).toEqual({ start: 0, end: 10 });
    expect(visibleRange(10, Number.NaN, Number.NaN, 46)).toEqual({ start: 0, end: 1 });
    expect(visibleRange(10, 1e9, 500, 46)).toEqual({ start: 9, end: 10 });
  });
});
