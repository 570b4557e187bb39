import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '@/lib/feed/backoff';

describe('retryDelayMs', () => {
  it('doubles from one minute and caps at six hours', () => {
    expect([0, 1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([0, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(9)).toBe(256 * 60_000);
    expect(retryDelayMs(10)).toBe(6 * 3_600_000);
    expect(retryDelayMs(10_000)).toBe(6 * 3_600_000);
  });

  it('honours base and max, and treats nonsense counts as no failure', () => {
    expect(retryDelayMs(3, { baseMs: 1000, maxMs: 3000 })).toBe(3000);
    expect(retryDelayMs(2, { baseMs: 1000 })).toBe(2000);
    expect(retryDelayMs(-1)).toBe(0);
    expect(retryDelayMs(Number.NaN)).toBe(0);
  });

  it('shortens by up to the jitter fraction using the given randomness', () => {
    expect(retryDelayMs(1, { jitter: 0.5, random: () => 0 })).toBe(60_000);
    expect(retryDelayMs(1, { jitter: 0.5, random: () => 0.5 })).toBe(45_000);
    expect(retryDelayMs(1, { jitter: 2, random: () => 0.999 })).toBe(60);
    const d = retryDelayMs(3, { jitter: 0.2 });
    expect(d).toBeGreaterThan(0.8 * 240_000 - 1);
    expect(d).toBeLessThanOrEqual(240_000);
  });
});
