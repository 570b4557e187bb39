import type { Reply, Request } from '@/components/studio/worker-protocol';
import type { StudioDoc } from '@/lib/studio/types';
import { Workspace } from '@/lib/studio/workspace';

/**
 * The worker's end of the protocol in this thread, on a real Workspace as in studio.worker.ts: patches,
 * and `save` keeps what the workspace holds (the worker writes ws.doc to IndexedDB).
 */
export class WorkerEnd {
  onmessage: ((ev: MessageEvent<Reply>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly ws = new Workspace();
  saved: StudioDoc | null = null;
  /** Every usage map the page sent (null: none known for the open pack). */
  usage: (ReadonlyMap<string, unknown> | null)[] = [];
  /** Requests taken in but never answered (a worker busy, then gone). */
  held: number[] = [];
  answer = true;
  /** Request kinds that fail in the worker (it answers `ok: false` with this message, as studio.worker.ts does on a throw). */
  fail = new Map<Request['kind'], string>();
  terminated = false;

  postMessage({ id, req }: { id: number; req: Request }) {
    queueMicrotask(() => this.handle(id, req));
  }

  private handle(id: number, req: Request) {
    if (req.kind === 'patch') {
      if (!this.ws.apply(req.patch)) this.reply({ id: -1, resync: true });
      return;
    }
    if (req.kind === 'usage') return void this.usage.push(req.usage);
    if (!this.answer) return void this.held.push(id);
    const error = this.fail.get(req.kind);
    if (error) return this.reply({ id, ok: false, error });
    if (req.kind === 'save') {
      this.saved = this.ws.doc;
      this.reply({ id, ok: true, value: null });
    } else if (req.kind === 'last-doc') this.reply({ id, ok: true, value: this.ws.doc });
    else if (req.kind === 'search') this.reply({ id, ok: true, value: this.ws.search(req.text, req.now) });
    else if (req.kind === 'overview') this.reply({ id, ok: true, value: this.ws.overview(req.now) });
    else if (req.kind === 'try') this.reply({ id, ok: true, value: this.ws.try(req.text, req.scope, req.values, req.now) });
    else if (req.kind === 'export-preview') this.reply({ id, ok: true, value: this.ws.exportPreview(req.now, req.locale) });
    else if (req.kind === 'all-dups') void this.ws.allDuplicates().then((value) => this.reply({ id, ok: true, value }));
  }

  reply(r: Reply) {
    this.onmessage?.({ data: r } as MessageEvent<Reply>);
  }

  /** Fail as a worker script that cannot load or crashes does. */
  crash(message: string) {
    this.onerror?.(new ErrorEvent('error', { message }));
  }

  asWorker(): Worker {
    return this as unknown as Worker;
  }

  terminate() {
    this.terminated = true;
  }
}
