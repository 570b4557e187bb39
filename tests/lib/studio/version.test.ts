import { describe, expect, it } from 'vitest';
import { compareVersions } from '@/lib/feed/plan';
import { bumpVersion } from '@/lib/studio/version';

const nov = Date.parse('2026-11-20T08:00:00Z');

describe('bumpVersion', () => {
  it('counts on within the month of a date version', () => {
    expect(bumpVersion('2026.11.1', nov)).toBe('2026.11.2');
    expect(bumpVersion('2026.11.9', nov)).toBe('2026.11.10');
  });

  it('starts a new month at .1, and a new pack at this month', () => {
    expect(bumpVersion('2026.10.7', nov)).toBe('2026.11.1');
    expect(bumpVersion('2025.12.3', nov)).toBe('2026.11.1');
    expect(bumpVersion(undefined, nov)).toBe('2026.11.1');
    expect(bumpVersion('  ', nov)).toBe('2026.11.1');
  });

  it('a date version ahead of the clock counts on rather than going back', () => {
    expect(bumpVersion('2027.1.4', nov)).toBe('2027.1.5');
  });

  it('other schemes: the last number goes up, keeping its width', () => {
    expect(bumpVersion('1.4.0', nov)).toBe('1.4.1');
    expect(bumpVersion('9', nov)).toBe('10');
    // feeds compare "v10" as text (before "v9"), so a part is added instead
    expect(bumpVersion('v9', nov)).toBe('v9.1');
    expect(bumpVersion('2026-007', nov)).toBe('2026-008');
    expect(bumpVersion('first', nov)).toBe('first.1');
  });

  it('the new version always sorts after the old one, as feeds compare them', () => {
    for (const v of ['2026.11.1', '2026.10.31', '2027.1.4', '1.4.0', 'v9', 'first', '2026.11.99', '0', '2026.13.1']) {
      expect(compareVersions(bumpVersion(v, nov), v), v).toBeGreaterThan(0);
    }
  });
});
