import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StudioWorker } from '@/components/studio/studio-worker-client';
import { TryPanel } from '@/components/studio/TryPanel';
import { createT } from '@/lib/i18n';
import { createStudioT } from '@/lib/studio/i18n';
import type { StudioDoc } from '@/lib/studio/types';
import { docWith } from '../../lib/studio/helpers';
import { WorkerEnd } from './worker-end';

// "Try a question" shows what the side panel would: the pack's own text, which a team lead may have pasted
// from anywhere. It must come out as text, never as markup (an <img onerror> in an answer must not run).

const HTML_ANSWER = '<img src=x onerror="window.__tryX=1">两天内发货';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  delete (window as any).__tryX;
});

describe('Try a question', () => {
  it('shows pack text (answer, scripts, calming script, title, category) as literal text', async () => {
    const doc = docWith([{ id: 'ship-time', title: '<b>发货时间</b>', questions: ['什么时候发货', '几天发货'], answer: HTML_ANSWER, category: '<i>物流</i>' }]);
    doc.scripts = [
      { id: 'open-anxious', emotion: 'anxious', position: 'opener', text: '<b>别着急</b>，' },
      { id: 'close-anxious', emotion: 'anxious', position: 'closer', text: '<script>window.__tryX=2</script>有事随时找我' },
      { id: 'calm-angry', emotion: 'angry', position: 'standalone', text: '<img src=y onerror="window.__tryX=3">非常抱歉' },
    ] as StudioDoc['scripts'];
    // the panel on the worker's end of the protocol in this thread, on a real Workspace holding the doc
    const worker = new StudioWorker(new WorkerEnd().asWorker());
    worker.sync(doc);
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<TryPanel doc={doc} worker={worker} t={createStudioT('zh')} pt={createT('zh')} samples={{}} onEdit={() => {}} />, root!));

    const input = await vi.waitFor(() => {
      const el = root!.querySelector<HTMLTextAreaElement>('[data-testid="try-input"]');
      if (!el) throw new Error('no try input yet');
      return el;
    });
    await act(() => {
      input.value = '气死我了！！！到底什么时候发货，急用';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const panel = root.querySelector('[data-testid="try-panel"]')!;
    await vi.waitFor(() => expect(panel.querySelector('[data-testid="try-suggestion"]')).not.toBeNull(), { timeout: 5000 });

    // nothing the pack wrote became an element
    for (const tag of ['img', 'b', 'i', 'script']) expect(panel.querySelector(`.suggestion ${tag}, .deescalation ${tag}`)).toBeNull();
    expect((window as any).__tryX).toBeUndefined();
    // and the text is there, as written
    const text = panel.textContent ?? '';
    expect(text).toContain(HTML_ANSWER);
    expect(text).toContain('<b>发货时间</b>');
    expect(text).toContain('<i>物流</i>');
    expect(text).toContain('<b>别着急</b>');
    expect(panel.querySelector('[data-testid="try-deescalation"]')?.textContent).toContain('<img src=y onerror="window.__tryX=3">非常抱歉');
  });
});
