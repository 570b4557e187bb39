/// <reference lib="webworker" />
import { lastDoc, listDocs, saveDocUnlessNewer, StudioDB } from '@/lib/studio/db';
import { parseDoc } from '@/lib/studio/doc-schema';
import { signatureFile } from '@/lib/studio/sign';
import type { StudioDoc } from '@/lib/studio/types';
import { Workspace } from '@/lib/studio/workspace';
import { LATEST_ONLY, SLICE, type DocSummary, type Reply, type Request, type SlicePath } from './worker-protocol';

// The studio's worker: a copy of the open doc and the heavy work on it (lib/studio/workspace.ts), plus
// the autosave, so neither indexing a 50,000-entry pack nor cloning it into IndexedDB runs on the page.

declare const self: DedicatedWorkerGlobalScope;

const ws = new Workspace();
const db = new StudioDB();
const post = (r: Reply) => self.postMessage(r);

/** Send a big value: its entry arrays in slices first, then the rest. */
function sendBig(id: number, value: unknown, paths: SlicePath[]) {
  const v = value as Record<string, any>;
  const sliced: SlicePath[] = [];
  let shell: Record<string, any> = { ...v };
  for (const path of paths) {
    const holder = path === 'entries' ? v : v[path];
    const list = holder?.entries;
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i += SLICE) post({ id, slice: path, items: list.slice(i, i + SLICE) });
    sliced.push(path);
    shell = path === 'entries' ? { ...shell, entries: [] } : { ...shell, [path]: { ...holder, entries: [] } };
  }
  post({ id, ok: true, value: shell, sliced });
}

const summary = (d: StudioDoc): DocSummary => ({ key: d.key, title: d.header.title, id: d.header.id, entries: d.entries.length, updatedAt: d.updatedAt });

async function handle(id: number, req: Request): Promise<void> {
  switch (req.kind) {
    case 'patch':
      if (!ws.apply(req.patch)) post({ id: -1, resync: true });
      return;
    case 'close':
      return ws.reset(null);
    case 'usage':
      return ws.setUsage(req.usage);
    case 'open-file': {
      const r = ws.openFile(req.name, req.text, req.now, req.key);
      return r.ok ? sendBig(id, r.doc, ['entries', 'previous']) : post({ id, ok: true, value: { error: r.error } });
    }
    case 'last-doc':
    case 'load-doc': {
      const raw = req.kind === 'last-doc' ? await lastDoc(db) : await db.docs.get(req.key);
      const d = parseDoc(raw);
      ws.reset(d);
      return d ? sendBig(id, d, ['entries', 'previous']) : post({ id, ok: true, value: null });
    }
    case 'list-docs': {
      const docs = await listDocs(db);
      return post({ id, ok: true, value: docs.map(parseDoc).filter((d): d is StudioDoc => d !== null).map(summary) });
    }
    case 'save': {
      // The page writes its own copy when the tab is hidden (useStudio): an older save still queued here must not overwrite it.
      const d = ws.doc;
      if (d) await saveDocUnlessNewer(db, d, req.now);
      return post({ id, ok: true, value: null });
    }
    case 'search':
      return post({ id, ok: true, value: ws.search(req.text, req.now) });
    case 'entry-dups':
      return post({ id, ok: true, value: ws.entryDuplicates(req.uid) });
    case 'all-dups': {
      const r = await ws.allDuplicates((progress) => post({ id, progress }));
      return post({ id, ok: true, value: r });
    }
    case 'overview':
      return post({ id, ok: true, value: ws.overview(req.now) });
    case 'try':
      return post({ id, ok: true, value: ws.try(req.text, req.scope, req.values, req.now) });
    case 'export-preview':
      return post({ id, ok: true, value: ws.exportPreview(req.now, req.locale) });
    case 'export': {
      const r = ws.exportNow(req.now);
      if (!r.ok) return post({ id, ok: true, value: r });
      // The file as a Blob (handed over, not copied) and its signature: the page only starts the download.
      const blob = new Blob([r.text], { type: 'application/json;charset=utf-8' });
      const sig = req.keys ? await signatureFile(r.text, req.keys) : null;
      return sendBig(id, { ok: true, pack: r.pack, fileName: r.fileName, blob, sig }, ['pack']);
    }
    case 'adopt-export':
      return ws.adoptExport();
  }
}

// Messages queue up while the worker is busy (a big index build): of the requests where only the newest
// counts, older ones are answered `skipped` instead of being worked through.
const queue: { id: number; req: Request }[] = [];
let running = false;

async function drain() {
  if (running) return;
  running = true;
  try {
    while (queue.length) {
      const { id, req } = queue.shift()!;
      if (LATEST_ONLY.has(req.kind) && queue.some((q) => q.req.kind === req.kind)) {
        post({ id, skipped: true });
        continue;
      }
      try {
        // The whole-pack duplicate check yields as it goes: other requests are answered meanwhile.
        if (req.kind === 'all-dups') void handle(id, req).catch((e: Error) => post({ id, ok: false, error: e.message }));
        else await handle(id, req);
      } catch (e) {
        post({ id, ok: false, error: (e as Error).message ?? String(e) });
      }
    }
  } finally {
    running = false;
  }
}

self.onmessage = (ev: MessageEvent<{ id: number; req: Request }>) => {
  queue.push(ev.data);
  // A turn later: every message already sent is queued by then, so stale ones can be skipped.
  setTimeout(() => void drain(), 0);
};
