import type { VariableValues } from '@/lib/pack/variables';
import type { Duplicates } from '@/lib/studio/duplicates';
import type { ExportDone, ExportProblem } from '@/lib/studio/export';
import type { KnowledgeScope } from '@/lib/studio/knowledge';
import type { Overview } from '@/lib/studio/overview';
import type { SigningKeys } from '@/lib/studio/sign';
import { PatchSender } from '@/lib/studio/sync';
import type { TryResult } from '@/lib/studio/try';
import type { StudioDoc } from '@/lib/studio/types';
import type { EntryUse } from '@/lib/studio/usage';
import type { ExportPreview } from '@/lib/studio/workspace';
import type { DocSummary, Reply, Request, SlicePath } from './worker-protocol';
// Vite bundles the worker as its own file of the extension (same origin, allowed by the MV3 page CSP).
import StudioWorkerScript from './studio.worker?worker';

// The page's handle on the studio worker. The doc is kept in step by patches (only changed entries
// cross); requests answer with promises. An answer `undefined` means a newer request of the same kind
// replaced it.

interface Pending {
  resolve: (v: any) => void;
  reject: (e: Error) => void;
  slices: Partial<Record<SlicePath, unknown[][]>>;
  onProgress?: (share: number) => void;
}

/** Put the slices back where they came from (see studio.worker.ts sendBig). */
function assemble(value: any, sliced: SlicePath[] | undefined, slices: Pending['slices']): any {
  for (const path of sliced ?? []) {
    const items = (slices[path] ?? []).flat();
    if (path === 'entries') value.entries = items;
    else value[path] = { ...value[path], entries: items };
  }
  return value;
}

/** An export ready to download: the file, and its signature when keys were given. */
export type ExportReady = Pick<ExportDone, 'ok' | 'pack' | 'fileName'> & { blob: Blob; sig: string | null };

/** The worker could not load or stopped: every request fails with this (the page shows `workerFailed`). */
export class WorkerFailed extends Error {
  constructor(detail: string) {
    super(`studio worker stopped: ${detail}`);
    this.name = 'WorkerFailed';
  }
}

export class StudioWorker {
  private readonly worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly sender = new PatchSender();
  private current: StudioDoc | null = null;
  private failure: WorkerFailed | null = null;
  private readonly failureListeners = new Set<(e: WorkerFailed) => void>();

  /** `worker`: the studio worker script (tests hand in their own end of the protocol). */
  constructor(worker: Worker = new StudioWorkerScript()) {
    this.worker = worker;
    this.worker.onmessage = (ev: MessageEvent<Reply>) => this.receive(ev.data);
    // A worker that fails to load or throws outside a request would leave every promise pending forever.
    this.worker.onerror = (ev: ErrorEvent) => {
      ev.preventDefault?.();
      this.fail(ev.message || 'error');
    };
    this.worker.onmessageerror = () => this.fail('a message could not be read');
  }

  /** Why the worker stopped, or null while it runs. */
  get failed(): WorkerFailed | null {
    return this.failure;
  }

  /** Called once if the worker stops (at once when it already has); returns the unsubscribe. */
  onFailure(listener: (e: WorkerFailed) => void): () => void {
    if (this.failure) listener(this.failure);
    else this.failureListeners.add(listener);
    return () => void this.failureListeners.delete(listener);
  }

  private fail(detail: string) {
    if (this.failure) return;
    const e = (this.failure = new WorkerFailed(detail));
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.worker.terminate();
    for (const l of this.failureListeners) l(e);
    this.failureListeners.clear();
  }

  private receive(r: Reply) {
    if ('resync' in r) {
      // The worker lost step (it restarted, or a patch did not fit): send the whole doc. `current` is
      // cleared first, or sync() would see the same doc and send nothing.
      this.sender.reset();
      const d = this.current;
      this.current = null;
      if (d) this.sync(d);
      return;
    }
    const p = this.pending.get(r.id);
    if (!p) return;
    if ('slice' in r) (p.slices[r.slice] ??= []).push(r.items);
    else if ('progress' in r) p.onProgress?.(r.progress);
    else {
      this.pending.delete(r.id);
      if ('skipped' in r) p.resolve(undefined);
      else if (r.ok) p.resolve(assemble(r.value, r.sliced, p.slices));
      else p.reject(new Error(r.error));
    }
  }

  private post(req: Request, id = 0) {
    if (!this.failure) this.worker.postMessage({ id, req });
  }

  private request<T>(req: Request, onProgress?: (share: number) => void): Promise<T | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.seq;
    return new Promise<T | undefined>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slices: {}, onProgress });
      this.post(req, id);
    });
  }

  /** Bring the worker's copy up to this doc (cheap: one identity check per entry, changed ones sent). */
  sync(doc: StudioDoc | null): void {
    if (doc === this.current) return;
    this.current = doc;
    if (!doc) {
      this.sender.reset();
      return this.post({ kind: 'close' });
    }
    const patch = this.sender.patch(doc);
    if (patch) this.post({ kind: 'patch', patch });
  }

  /** A doc the worker made or loaded itself: it holds it already. */
  private adopt(doc: StudioDoc | null): StudioDoc | null {
    this.sender.reset(doc ?? undefined);
    this.current = doc;
    return doc;
  }

  async openFile(name: string, text: string, now: number, key: string): Promise<{ doc: StudioDoc } | { error: string }> {
    const r = await this.request<StudioDoc | { error: string }>({ kind: 'open-file', name, text, now, key });
    if (!r || 'error' in r) return { error: r?.error ?? name };
    return { doc: this.adopt(r)! };
  }

  async lastDoc(): Promise<StudioDoc | null> {
    return this.adopt((await this.request<StudioDoc | null>({ kind: 'last-doc' })) ?? null);
  }

  async loadDoc(key: string): Promise<StudioDoc | null> {
    return this.adopt((await this.request<StudioDoc | null>({ kind: 'load-doc', key })) ?? null);
  }

  async listDocs(): Promise<DocSummary[]> {
    return (await this.request<DocSummary[]>({ kind: 'list-docs' })) ?? [];
  }

  /** Save the doc as last synced (the worker makes the IndexedDB copy). */
  async save(doc: StudioDoc, now = Date.now()): Promise<void> {
    this.sync(doc);
    await this.request({ kind: 'save', now });
  }

  setUsage(usage: Map<string, EntryUse> | null): void {
    this.post({ kind: 'usage', usage });
  }

  search(text: string, now: number) {
    return this.request<string[]>({ kind: 'search', text, now });
  }

  entryDuplicates(uid: string) {
    return this.request<Duplicates>({ kind: 'entry-dups', uid });
  }

  allDuplicates(onProgress: (share: number) => void) {
    return this.request<Duplicates>({ kind: 'all-dups' }, onProgress);
  }

  overview(now: number) {
    return this.request<Overview>({ kind: 'overview', now });
  }

  try(text: string, scope: KnowledgeScope, values: VariableValues, now: number) {
    return this.request<TryResult>({ kind: 'try', text, scope, values, now });
  }

  exportPreview(now: number, locale: 'zh' | 'en') {
    return this.request<ExportPreview>({ kind: 'export-preview', now, locale });
  }

  async exportNow(now: number, keys?: SigningKeys): Promise<ExportReady | { ok: false; errors: ExportProblem[] } | undefined> {
    return this.request<ExportReady | { ok: false; errors: ExportProblem[] }>({ kind: 'export', now, ...(keys ? { keys } : {}) });
  }

  /** The page applied this export (afterExport): the worker takes its own copy of the pack as `previous`. */
  adoptExport(pack: StudioDoc['previous']): void {
    this.sender.held('previous', pack);
    this.post({ kind: 'adopt-export' });
  }

  terminate(): void {
    this.worker.terminate();
  }
}
