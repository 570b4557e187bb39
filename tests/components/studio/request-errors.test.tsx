import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DuplicatesPanel } from '@/components/studio/DuplicatesPanel';
import { EntryList } from '@/components/studio/EntryList';
import { ExportPanel } from '@/components/studio/ExportPanel';
import { StudioWorker } from '@/components/studio/studio-worker-client';
import type { EntryFilter } from '@/lib/studio/filter';
import { createStudioT } from '@/lib/studio/i18n';
import { NOW, shopDoc } from '../../lib/studio/helpers';
import { WorkerEnd } from './worker-end';

// A request the worker answers with an error is shown as one (role="alert"), never as an empty result
// or an endless "…".

const t = createStudioT('en');
beforeAll(() => {
  (globalThis as any).ResizeObserver ??= class { observe() {} disconnect() {} };
});

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

async function mount(ui: (worker: StudioWorker) => ComponentChild, fail: [Parameters<WorkerEnd['fail']['set']>[0], string][]) {
  const end = new WorkerEnd();
  for (const [kind, error] of fail) end.fail.set(kind, error);
  const worker = new StudioWorker(end.asWorker());
  const doc = shopDoc();
  worker.sync(doc);
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(ui(worker), root!));
  return { root, doc, worker };
}
const alertOf = (root: HTMLElement, testid: string) => root.querySelector(`[data-testid="${testid}"][role="alert"]`);

describe('failed worker requests are shown', () => {
  it('the duplicate check: an error, not "no duplicates"', async () => {
    const doc = shopDoc();
    const { root } = await mount((w) => <DuplicatesPanel doc={doc} worker={w} t={t} onSelect={() => {}} />, [['all-dups', 'index broke']]);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="check-duplicates"]')!.click());
    await vi.waitFor(() => expect(alertOf(root, 'dup-error')?.textContent).toBe(t('dupFailed', { error: 'index broke' })));
    expect(root.querySelector('[data-testid="dup-none"]')).toBeNull();
    expect(root.querySelector<HTMLButtonElement>('[data-testid="check-duplicates"]')!.disabled).toBe(false);
  });

  it('the export: a signing failure is said, and no export is reported done', async () => {
    const doc = shopDoc();
    const { root } = await mount((w) => <ExportPanel doc={doc} worker={w} t={t} locale="en" change={() => {}} settle={() => {}} onSelect={() => {}} />, [['export', 'signing failed']]);
    await vi.waitFor(() => expect(root.querySelector<HTMLButtonElement>('[data-testid="export"]')!.disabled).toBe(false));
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="export"]')!.click());
    await vi.waitFor(() => expect(alertOf(root, 'export-error')?.textContent).toBe(t('exportError', { error: 'signing failed' })));
    expect(root.querySelector('[data-testid="export-message"]')).toBeNull();
  });

  it('the export preview: an error instead of a busy "…"', async () => {
    const doc = shopDoc();
    const { root } = await mount((w) => <ExportPanel doc={doc} worker={w} t={t} locale="en" change={() => {}} settle={() => {}} onSelect={() => {}} />, [['export-preview', 'validation broke']]);
    await vi.waitFor(() => expect(alertOf(root, 'preview-error')?.textContent).toBe(t('previewFailed', { error: 'validation broke' })));
    expect(root.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('the search: an error, and the list is no longer busy', async () => {
    const doc = shopDoc();
    function Host({ worker }: { worker: StudioWorker }) {
      const [filter, setFilter] = useState<EntryFilter>({ text: '发货' });
      const [checked, setChecked] = useState(new Set<string>());
      return <EntryList entries={doc.entries} settled={0} overview={null} worker={worker} filter={filter} setFilter={setFilter} ctx={{ now: NOW, usage: null }} selected={null} onSelect={() => {}} checked={checked} setChecked={setChecked} t={t} />;
    }
    const { root } = await mount((w) => <Host worker={w} />, [['search', 'matcher broke']]);
    await vi.waitFor(() => expect(alertOf(root, 'search-error')?.textContent).toBe(t('searchFailed', { error: 'matcher broke' })));
    expect(root.querySelector('[data-testid="shown-count"]')!.getAttribute('aria-busy')).toBeNull();
    expect(root.textContent).not.toContain('…');
  });
});
