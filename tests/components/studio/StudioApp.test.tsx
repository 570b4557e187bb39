import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StudioApp } from '@/components/studio/StudioApp';
import { AppDB } from '@/lib/db/database';
import { createT } from '@/lib/i18n';
import { StudioDB } from '@/lib/studio/db';
import { createStudioT } from '@/lib/studio/i18n';
import type { StudioDoc } from '@/lib/studio/types';
import { shopDoc } from '../../lib/studio/helpers';
import { WorkerEnd } from './worker-end';

// The studio makes its own worker (Vite's `?worker` module calls `new Worker`): here that is the
// worker's end of the protocol in this thread, holding `start` as the last doc, or failing to load.
let start: StudioDoc | null = null;
let loads = true;
let made: WorkerEnd[] = [];
let failing: [Parameters<WorkerEnd['fail']['set']>[0], string][] = [];
class PageWorker extends WorkerEnd {
  constructor() {
    super();
    this.ws.reset(start);
    made.push(this);
    for (const [kind, error] of failing) this.fail.set(kind, error);
    if (!loads) queueMicrotask(() => this.crash('404 studio-worker.js'));
  }
}

beforeAll(() => {
  (globalThis as any).ResizeObserver ??= class { observe() {} disconnect() {} };
});

let n = 0;
let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  vi.unstubAllGlobals();
  made = [];
  failing = [];
});

async function mountStudio() {
  vi.stubGlobal('Worker', PageWorker);
  const agentDb = new AppDB(`studio-app-agent-${++n}`);
  const studioDb = new StudioDB(`studio-app-${n}`);
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<StudioApp studioDb={studioDb} agentDb={agentDb} locale="en" t={createStudioT('en')} pt={createT('en')} agentName="" />, root!));
  return root;
}

describe('StudioApp and its worker', () => {
  it('a worker that fails to load is reported, and the studio does not wait for it forever', async () => {
    start = null;
    loads = false;
    const root = await mountStudio();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="worker-failed"]')).not.toBeNull());
    const alert = root.querySelector('[data-testid="worker-failed"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(createStudioT('en')('workerFailed', { error: '' }).split('(')[0]!.trim());
    expect(alert.textContent).toContain('404 studio-worker.js');
    await vi.waitFor(() => expect(root.querySelector('.studio-loading')).toBeNull());
  });

  it('a pack not installed here clears the usage the worker kept from the pack open before', async () => {
    start = shopDoc();
    loads = true;
    const root = await mountStudio();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="doc-title"]')).not.toBeNull());
    await vi.waitFor(() => expect(made[0]!.usage).toEqual([null]));
  });

  it('a failed overview is said, and the dashboard stops waiting for it', async () => {
    start = shopDoc();
    loads = true;
    failing = [['overview', 'counting broke']];
    const root = await mountStudio();
    const t = createStudioT('en');
    await vi.waitFor(() => expect(root.querySelector('[data-testid="overview-error"][role="alert"]')?.textContent).toBe(t('overviewFailed', { error: 'counting broke' })));
    expect(root.querySelector('[data-testid="dashboard"]')!.getAttribute('aria-busy')).toBeNull();
  });
});
