import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { usePauses } from '@/components/studio/usePauses';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('usePauses', () => {
  it('counts every pause, also one that ends on the value of the pause before (an undo)', async () => {
    const seen: number[] = [];
    function Host({ value }: { value: unknown }) {
      seen.push(usePauses(value, 30));
      return null;
    }
    root = document.createElement('div');
    document.body.append(root);
    const a = ['a'];
    const b = ['b'];
    await act(() => render(<Host value={a} />, root!));
    await pause(80);
    // No pause counted for the first value (the caller asks for it at once).
    expect(seen.at(-1)).toBe(0);
    await act(() => render(<Host value={b} />, root!));
    await pause(80);
    expect(seen.at(-1)).toBe(1);
    // Back to a after b's pause: one more.
    await act(() => render(<Host value={a} />, root!));
    await pause(80);
    expect(seen.at(-1)).toBe(2);
    // A change and its undo within one pause: still a pause, though a debounced value stays `a`
    // and changes nothing: the worker may have answered for `b` meanwhile (StudioApp.test.tsx, after an undo).
    await act(() => render(<Host value={b} />, root!));
    await act(() => render(<Host value={a} />, root!));
    await pause(80);
    expect(seen.at(-1)).toBe(3);
  });
});
