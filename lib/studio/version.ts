import { compareVersions } from '../feed/plan';

// The version of the next export. Packs here are versioned by date: "2026.11.1" is the first release of
// November 2026, "2026.11.2" the next. Other schemes keep their shape: the last number goes up.

const DATE_VERSION = /^(\d{4})\.(\d{1,2})\.(\d+)$/;

export function bumpVersion(previous: string | undefined, now: number): string {
  const d = new Date(now);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const prev = (previous ?? '').trim();
  if (!prev) return `${year}.${month}.1`;
  const m = DATE_VERSION.exec(prev);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const [py, pm, n] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // A new month starts at .1; the same month (or a version dated ahead of the clock) counts on.
    if (year > py || (year === py && month > pm)) return `${year}.${month}.1`;
    return `${py}.${pm}.${n + 1}`;
  }
  const last = /^(.*?)(\d+)(\D*)$/.exec(prev);
  const bumped = last ? `${last[1]}${String(Number(last[2]) + 1).padStart(last[2]!.length, '0')}${last[3]}` : '';
  // Feeds order versions with compareVersions, where "v10" is text and sorts before "v9": then add a part.
  return bumped && compareVersions(bumped, prev) > 0 ? bumped : `${prev}.1`;
}
