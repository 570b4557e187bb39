import type { Entry, Pack } from './schema';

// What changed between two versions of a pack, entry by entry: the CLI prints it as a changelog and
// the side panel shows it as "What's new" since the version the agent last saw.

export interface PackDiff {
  added: { id: string; title: string }[];
  changed: { id: string; title: string; fields: string[] }[];
  removed: { id: string; title: string }[];
}

/** Fields in the order people care about; anything else (newer tools' fields) follows alphabetically. */
const fieldOrder = ['title', 'questions', 'answer', 'tones', 'keywords', 'category', 'tags', 'products', 'validFrom', 'validUntil', 'reviewBy', 'owner'];

/** JSON with sorted object keys, so key order in the file is not reported as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function changedFields(before: Entry, after: Entry): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('id');
  const fields: string[] = [];
  for (const k of keys) {
    if (canonical((before as Record<string, unknown>)[k]) !== canonical((after as Record<string, unknown>)[k])) fields.push(k);
  }
  const rank = (f: string) => {
    const i = fieldOrder.indexOf(f);
    return i === -1 ? fieldOrder.length : i;
  };
  return fields.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** `oldPack` null means "nothing seen before": every entry counts as added. */
export function diffPacks(oldPack: Pick<Pack, 'entries'> | null, newPack: Pick<Pack, 'entries'>): PackDiff {
  const before = new Map((oldPack?.entries ?? []).map((e) => [e.id, e]));
  const afterIds = new Set(newPack.entries.map((e) => e.id));
  const diff: PackDiff = { added: [], changed: [], removed: [] };
  for (const e of newPack.entries) {
    const old = before.get(e.id);
    if (!old) diff.added.push({ id: e.id, title: e.title });
    else {
      const fields = changedFields(old, e);
      if (fields.length) diff.changed.push({ id: e.id, title: e.title, fields });
    }
  }
  for (const e of oldPack?.entries ?? []) if (!afterIds.has(e.id)) diff.removed.push({ id: e.id, title: e.title });
  return diff;
}

export function isEmptyDiff(d: PackDiff): boolean {
  return !d.added.length && !d.changed.length && !d.removed.length;
}

const zhFieldNames: Record<string, string> = {
  title: '标题',
  questions: '买家问法',
  answer: '答案',
  tones: '语气版本',
  keywords: '关键词',
  category: '分类',
  tags: '标签',
  products: '商品',
  validFrom: '生效日期',
  validUntil: '失效日期',
  reviewBy: '复查日期',
  owner: '负责人',
};

const text = {
  en: {
    none: 'No changes.',
    summary: (a: number, c: number, r: number) => `${a} added, ${c} changed, ${r} removed`,
    added: 'Added:',
    changed: 'Changed:',
    removed: 'Removed:',
    field: (f: string) => f,
    fieldSep: ', ',
  },
  zh: {
    none: '没有变化。',
    summary: (a: number, c: number, r: number) => `新增 ${a} 条，修改 ${c} 条，删除 ${r} 条`,
    added: '新增：',
    changed: '修改：',
    removed: '删除：',
    field: (f: string) => zhFieldNames[f] ?? f,
    fieldSep: '、',
  },
};

/** A plain-text changelog; sections with nothing in them are left out. */
export function formatDiff(d: PackDiff, locale: 'zh' | 'en' = 'en'): string {
  const t = text[locale];
  if (isEmptyDiff(d)) return t.none;
  const lines = [t.summary(d.added.length, d.changed.length, d.removed.length)];
  if (d.added.length) lines.push('', t.added, ...d.added.map((e) => `  + ${e.title} (${e.id})`));
  if (d.changed.length) {
    lines.push('', t.changed, ...d.changed.map((e) => `  ~ ${e.title} (${e.id}): ${e.fields.map(t.field).join(t.fieldSep)}`));
  }
  if (d.removed.length) lines.push('', t.removed, ...d.removed.map((e) => `  - ${e.title} (${e.id})`));
  return lines.join('\n');
}
