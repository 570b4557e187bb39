// v1: the first released schema — packs with their entries and scripts, usage events, gap reports.
export const version = 1;
export const stores = {
  packs: 'id, source',
  entries: 'key, packId, category',
  scripts: 'key, packId, emotion',
  events: '++seq, type, at, entryKey',
  gapReports: 'id, createdAt, status',
};
