import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { moveBetweenCards } from '@/components/sidepanel/App';
import { SearchBox } from '@/components/sidepanel/SearchBox';
import { createT } from '@/lib/i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function Cards() {
  return (
    <div>
      <input data-testid="search" />
      <ol>
        {[0, 1, 2].map((i) => (
          <li key={i} data-testid="suggestion" data-n={i}>
            <button type="button" data-testid="insert">insert {i}</button>
            <button type="button" data-testid="edit">edit {i}</button>
            {i === 1 && (
              <section data-testid="composer">
                <button type="button" data-testid="composer-insert">insert from editor</button>
              </section>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

describe('keyboard-first panel', () => {
  it('↑/↓ move between cards, keeping the button; down from the search goes to the first card, up from it back', async () => {
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Cards />, root));
    const search = root.querySelector<HTMLElement>('[data-testid="search"]')!;
    const at = () => `${document.activeElement?.closest('[data-n]')?.getAttribute('data-n')}:${document.activeElement?.getAttribute('data-testid')}`;
    search.focus();
    expect(moveBetweenCards(search, true, search)).toBe(true);
    expect(at()).toBe('0:insert');
    root.querySelectorAll<HTMLElement>('[data-testid="edit"]')[0]!.focus();
    moveBetweenCards(document.activeElement as HTMLElement, true, search);
    expect(at()).toBe('1:edit');
    moveBetweenCards(document.activeElement as HTMLElement, true, search);
    expect(at()).toBe('2:edit');
    expect(moveBetweenCards(document.activeElement as HTMLElement, true, search)).toBe(false); // the last card stays
    moveBetweenCards(document.activeElement as HTMLElement, false, search);
    moveBetweenCards(document.activeElement as HTMLElement, false, search);
    moveBetweenCards(document.activeElement as HTMLElement, false, search);
    expect(document.activeElement).toBe(search);
    expect(moveBetweenCards(search, false, search)).toBe(false);
    expect(moveBetweenCards(document.body, true, search)).toBe(false);
    // On the buttons of an open editor, the arrows stay there.
    const inEditor = root.querySelector<HTMLElement>('[data-testid="composer-insert"]')!;
    inEditor.focus();
    expect(moveBetweenCards(inEditor, true, search)).toBe(false);
    expect(document.activeElement).toBe(inEditor);
  });

  it('Enter in the search goes on to the results (it has nothing to submit) and the placeholder promises nothing else', async () => {
    root = document.createElement('div');
    document.body.append(root);
    let entered = 0;
    await act(() => render(<SearchBox value="退款" onInput={() => undefined} t={createT('zh')} onEnter={() => (entered += 1)} />, root));
    const input = root.querySelector<HTMLInputElement>('input')!;
    expect(input.placeholder).not.toMatch(/回车|Enter/);
    const ev = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    await act(() => void input.dispatchEvent(ev));
    expect(entered).toBe(1);
    expect(ev.defaultPrevented).toBe(true);
  });
});
