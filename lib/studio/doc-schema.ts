import { z } from 'zod';
import { packSchema, scriptSchema } from '../pack/schema';
import { entryStatuses, type StudioDoc } from './types';

// A working copy read back from storage (the studio database, or the rescue copy written as a tab
// closes) is checked before use: a damaged or foreign value is ignored, never half-loaded.

const header = z.object({ id: z.string(), title: z.string(), locale: z.string(), version: z.string() });
const entry = z.looseObject({
  uid: z.string().min(1),
  status: z.enum(entryStatuses),
  id: z.string(),
  title: z.string(),
  questions: z.array(z.string()),
  answer: z.string(),
});
const todo = z.looseObject({ id: z.string(), title: z.string(), questions: z.array(z.string()), reportIds: z.array(z.string()) });

const docSchema = z.looseObject({
  key: z.string().min(1),
  header,
  entries: z.array(entry),
  scripts: z.array(scriptSchema).catch([]),
  synonyms: z.array(z.array(z.string())).catch([]),
  extra: z.record(z.string(), z.unknown()).catch({}),
  // The diff base is only useful when it is a valid pack; otherwise the next export diffs against nothing.
  previous: packSchema.nullable().catch(null),
  source: z.unknown(),
  gaps: z.array(todo).catch([]),
  gapsDone: z.array(z.string()).catch([]),
  seq: z.number().int().nonnegative(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export function parseDoc(value: unknown): StudioDoc | null {
  const r = docSchema.safeParse(value);
  if (!r.success) return null;
  const d = r.data as unknown as StudioDoc;
  // uids must stay unique and below seq, or a new entry could take an existing one's uid.
  const uids = new Set(d.entries.map((e) => e.uid));
  if (uids.size !== d.entries.length) return null;
  const top = Math.max(0, ...d.entries.map((e) => Number(/^u(\d+)$/.exec(e.uid)?.[1] ?? 0)));
  return { ...d, seq: Math.max(d.seq, top), source: (d.source ?? { kind: 'new' }) as StudioDoc['source'] };
}
