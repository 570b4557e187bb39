import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EntryList } from '@/components/studio/EntryList';
import type { StudioWorker } from '@/components/studio/studio-worker-client';
import type { EntryFilter } from '@/lib/studio/filter';
import { createStudioT } from '@/lib/studio/i18n';
import type { StudioDoc } from '@/lib/studio/types';
import { docWith, NOW } from '../../lib/studio/helpers';

// happy-dom has no layout: the list's scroller reports a 600px view (about 13 rows of 46px).
beforeAll(() => {
  (globalThis as any).ResizeObserver ??= class { observe() {} disconnect() {} };
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The list as the studio shows it; the search runs on the page (the worker's ranking is the same, see workspace tests). */
async function mount(doc: StudioDoc) {
  const worker = { search: async () => doc.entries.map((e) => e.uid) } as unknown as StudioWorker;
  function Host() {
    const [filter, setFilter] = useState<EntryFilter>({});
    const [checked, setChecked] = useState(new Set<string>());
    const [selected, setSelected] = useState<string | null>(null);
    return <EntryList entries={doc.entries} settled={0} overview={null} worker={worker} filter={filter} setFilter={setFilter} ctx={{ now: NOW, usage: null }} selected={selected} onSelect={setSelected} checked={checked} setChecked={setChecked} t={createStudioT('en')} />;
  }
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Host />, root));
  const button = (uid: string) => root.querySelector<HTMLButtonElement>(`[data-entry-button="${uid}"]`);
  const key = async (el: Element, k: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
  return { root, button, key };
}

const manyEntries = (n: number) => docWith(Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Entry ${i}`, questions: [`question ${i}`], answer: `answer ${i}` })));

describe('entry list keyboard focus', () => {
  it('after ↓ to a row already in view, focus stays where the user puts it next', async () => {
    const doc = manyEntries(5);
    const { root, button, key } = await mount(doc);
    const [a, b] = doc.entries;
    button(a!.uid)!.focus();
    await key(button(a!.uid)!, 'ArrowDown');
    expect(document.activeElement).toBe(button(b!.uid));
    // The user moves on (the select-all box) and the list re-renders: focus must not jump back to the row.
    const all = root.querySelector<HTMLInputElement>('[data-testid="select-all"]')!;
    all.focus();
    await act(() => all.click());
    expect(all.checked).toBe(true);
    expect(document.activeElement).toBe(all);
  });

  it('the focused row stays rendered when scrolled out of the window, so ↑/↓ keep working', async () => {
    const doc = manyEntries(200);
    const { root, button, key } = await mount(doc);
    const [first, second] = doc.entries;
    button(first!.uid)!.focus();
    const scroller = root.querySelector<HTMLElement>('.entry-scroll')!;
    await act(() => {
      scroller.scrollTop = 100 * 46;
      scroller.dispatchEvent(new Event('scroll'));
    });
    // The window moved far away, yet the focused row is still there, in its place in the list.
    expect(button(doc.entries[100]!.uid)).not.toBeNull();
    const kept = button(first!.uid);
    expect(kept).not.toBeNull();
    expect(document.activeElement).toBe(kept);
    expect(kept!.closest('li')!.getAttribute('aria-posinset')).toBe('1');
    expect(kept!.closest('li')!.getAttribute('aria-setsize')).toBe('200');
    await key(kept!, 'ArrowDown');
    expect(document.activeElement).toBe(button(second!.uid));
  });

  it('rows keep their place: spacers and gaps add up to the whole list', async () => {
    const doc = manyEntries(200);
    const { root, button } = await mount(doc);
    button(doc.entries[0]!.uid)!.focus();
    const scroller = root.querySelector<HTMLElement>('.entry-scroll')!;
    await act(() => {
      scroller.scrollTop = 100 * 46;
      scroller.dispatchEvent(new Event('scroll'));
    });
    const list = root.querySelector<HTMLElement>('[data-testid="entry-list"]')!;
    const rows = [...list.querySelectorAll<HTMLElement>('li')];
    const px = (v: string) => Number.parseFloat(v || '0') || 0;
    // Each rendered row is 46px with its gap; every row not rendered is made up by padding or a margin.
    const skipped = px(list.style.paddingTop) + px(list.style.paddingBottom) + rows.reduce((s, r) => s + px(r.style.marginTop), 0);
    expect(skipped / 46 + rows.length).toBe(200);
    const pos = rows.map((r) => Number(r.getAttribute('aria-posinset')));
    expect(pos).toEqual([...pos].sort((x, y) => x - y));
  });
});
