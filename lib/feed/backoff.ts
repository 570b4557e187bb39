// How long to wait before retrying a feed after consecutive failures: doubling from one minute, capped
// at six hours, so a broken feed is not hammered by every agent's browser but still recovers the same day.

export interface RetryOptions {
  baseMs?: number;
  maxMs?: number;
  /** 0..1: spread retries by shortening each delay by up to this fraction (avoids agents retrying in lockstep). */
  jitter?: number;
  /** Source of randomness for the jitter, 0 ≤ r < 1 (tests pass a fixed one). */
  random?: () => number;
}

export const DEFAULT_RETRY_BASE_MS = 60_000;
export const DEFAULT_RETRY_MAX_MS = 6 * 60 * 60 * 1000;

/** 0 failures → 0 (no wait); 1 → base; 2 → 2×base; 3 → 4×base; … never more than maxMs. */
export function retryDelayMs(consecutiveFailures: number, opts: RetryOptions = {}): number {
  const base = Math.max(0, opts.baseMs ?? DEFAULT_RETRY_BASE_MS);
  const max = Math.max(0, opts.maxMs ?? DEFAULT_RETRY_MAX_MS);
  if (!Number.isFinite(consecutiveFailures) || consecutiveFailures < 1) return 0;
  // Capping the exponent keeps 2 ** n finite for absurd failure counts.
  const exponent = Math.min(Math.floor(consecutiveFailures) - 1, 40);
  const delay = Math.min(max, base * 2 ** exponent);
  const jitter = Math.min(1, Math.max(0, opts.jitter ?? 0));
  if (jitter === 0) return delay;
  const r = Math.min(Math.max((opts.random ?? Math.random)(), 0), 1);
  return Math.round(delay * (1 - jitter * r));
}
