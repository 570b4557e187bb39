import { todoRows, type TodoRow } from '../gaps/todo';
import { parseReports } from '../report';
import { addEntry, nextEntryId } from './doc';
import type { StudioDoc } from './types';

// Gap reports (what agents flagged as missing) become a "to answer" list: reports asking the same thing
// are grouped (lib/gaps, the same grouping as `kbpack gaps`); answering one starts a draft entry with the
// buyers' own phrasings.

export interface GapImport {
  doc: StudioDoc;
  added: number;
  /** Groups whose reports were all already in the list. */
  known: number;
  errors: { where: string; message: string }[];
  reports: number;
}

/** Read an exported report file (CSV, JSON or JSON Lines) into the doc's to-answer list. Never throws. */
export function importGaps(doc: StudioDoc, text: string): GapImport {
  const parsed = parseReports(text);
  const categoryOf = (keyOrId: string) => {
    const id = keyOrId.startsWith(`${doc.header.id}/`) ? keyOrId.slice(doc.header.id.length + 1) : keyOrId;
    return doc.entries.find((e) => e.id === id)?.category;
  };
  const rows = todoRows(parsed.reports, { categoryOf });
  const knownReports = new Set([...doc.gaps.flatMap((g) => g.reportIds), ...doc.gapsDone]);
  const gaps = [...doc.gaps];
  const used = new Set(gaps.map((g) => g.id));
  let added = 0;
  let known = 0;
  for (const row of rows) {
    if (row.reportIds.every((id) => knownReports.has(id))) {
      known++;
      continue;
    }
    let n = gaps.length + 1;
    while (used.has(`gap-${n}`)) n++;
    const id = `gap-${n}`;
    used.add(id);
    gaps.push({ ...row, id });
    added++;
  }
  return { doc: { ...doc, gaps }, added, known, errors: parsed.errors, reports: parsed.reports.length };
}

/** Start a draft entry for a gap (and take the gap off the list). */
export function answerGap(doc: StudioDoc, gapId: string): { doc: StudioDoc; uid: string } | null {
  const gap: TodoRow | undefined = doc.gaps.find((g) => g.id === gapId);
  if (!gap) return null;
  const id = doc.entries.some((e) => e.id === gap.id) ? nextEntryId(doc.entries, 'gap') : gap.id;
  const { doc: next, uid } = addEntry(doc, {
    id,
    title: gap.title,
    questions: [...gap.questions],
    answer: '',
    ...(gap.category ? { category: gap.category } : {}),
    ...(gap.tags.length ? { tags: [...gap.tags] } : {}),
  });
  return { doc: { ...next, gaps: next.gaps.filter((g) => g.id !== gapId), gapsDone: [...next.gapsDone, ...gap.reportIds] }, uid };
}

export function dismissGap(doc: StudioDoc, gapId: string): StudioDoc {
  const gap = doc.gaps.find((g) => g.id === gapId);
  if (!gap) return doc;
  return { ...doc, gaps: doc.gaps.filter((g) => g.id !== gapId), gapsDone: [...doc.gapsDone, ...gap.reportIds] };
}
