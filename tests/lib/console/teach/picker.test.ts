import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPicker, type Picker } from '@/lib/console/teach/picker';
import type { ConsoleAdapter } from '@/lib/console/types';
import { loadAny } from './load';

// The picker overlay in happy-dom (no layout: clicks fall back to the event target; the e2e test drives it
// with real clicks in Chromium).
let picker: Picker | undefined;
afterEach(() => {
  picker?.stop();
  picker = undefined;
  vi.useRealTimers();
});

const ui = () => document.querySelector('kefu-teach-picker')?.shadowRoot ?? null;
const q = (testid: string) => ui()?.querySelector<HTMLElement>(`[data-testid="${testid}"]`) ?? null;
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
const key = (k: string, init: KeyboardEventInit = {}) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));

describe('teach picker', () => {
  it('walks buyer → shop → reply box by clicks the page never sees, shows what it found, and saves', async () => {
    loadAny('taught');
    const saved: ConsoleAdapter[] = [];
    picker = startPicker({ host: 'chat.example-mall.test', locale: 'en', save: async (a) => (saved.push(a), { ok: true }) });
    expect(q('picker-step')?.dataset.step).toBe('buyer');

    const buyer = document.querySelector('[data-msg-id="m-1003"] .Msg_text__Qp0s7')!;
    const pageSaw = vi.fn();
    buyer.addEventListener('click', pageSaw);
    click(buyer);
    expect(pageSaw).not.toHaveBeenCalled();
    expect(picker.step).toBe('seller');

    click(document.querySelector('[data-msg-id="m-1002"] .Msg_text__Qp0s7')!);
    expect(picker.step).toBe('input');
    expect(q('picker-found')?.dataset.buyer).toBe('2');
    expect(q('picker-found')?.dataset.seller).toBe('1');

    click(document.querySelector('[role="textbox"]')!);
    expect(picker.step).toBe('review');
    expect(q('picker-question')?.textContent).toMatch(/Can I still change the size from M to L\?/);

    const name = q('picker-name') as HTMLInputElement;
    name.value = 'Example Mall inbox';
    name.dispatchEvent(new Event('input'));
    click(q('picker-save')!);
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ id: 'taught-chat-example-mall-test', name: 'Example Mall inbox', buyer: ['[data-author="customer"]'] });
    await vi.waitFor(() => expect(q('picker-message')?.textContent).toMatch(/Saved/));
  });

  it('the same message picked twice is refused at the second step', () => {
    loadAny('taught');
    picker = startPicker({ host: 'x.test', locale: 'zh', save: async () => ({ ok: true }) });
    const el = document.querySelector('[data-msg-id="m-1003"] .Msg_text__Qp0s7')!;
    click(el);
    click(el);
    expect(picker.step).toBe('seller');
    expect(q('picker-message')?.textContent).toMatch(/同一条/);
  });

  it('keyboard: Tab moves to the next text, arrows to parent/child, Enter picks, Back undoes', () => {
    document.body.innerHTML = `<ul id="t"><li class="m from-buyer"><span>first</span></li><li class="m from-shop"><span>second</span></li></ul><textarea></textarea>`;
    picker = startPicker({ host: 'x.test', locale: 'en', save: async () => ({ ok: true }) });
    key('Tab');
    key('Enter');
    expect(picker.step).toBe('seller');
    key('Tab');
    key('ArrowUp'); // the <li>
    key('ArrowDown'); // back to its <span>
    key('Enter');
    expect(picker.step).toBe('input');
    expect(picker.result?.buyerRows.map((r) => r.textContent)).toEqual(['first']);
    expect(picker.result?.sellerRows.map((r) => r.textContent)).toEqual(['second']);
    key('Tab'); // the textarea
    key('Enter');
    expect(picker.result?.adapter?.buyer).toEqual(['.from-buyer']);
    expect(picker.result?.adapter?.input).toEqual(['textarea']);
    click(q('picker-back')!);
    expect(picker.step).toBe('input');
    click(q('picker-back')!);
    expect(picker.step).toBe('seller');
  });

  it('Esc cancels and removes the overlay; a failed save shows why and keeps the picker open', async () => {
    loadAny('taught');
    const onClose = vi.fn();
    picker = startPicker({ host: 'x.test', locale: 'en', save: async () => ({ ok: false, error: 'The adapter must serve x.test.' }), onClose });
    picker.pick(document.querySelector('[data-msg-id="m-1003"] span')!);
    picker.pick(document.querySelector('[data-msg-id="m-1002"] span')!);
    picker.pick(document.querySelector('[role="textbox"]')!);
    click(q('picker-save')!);
    await vi.waitFor(() => expect(q('picker-message')?.textContent).toBe('The adapter must serve x.test.'));
    key('Escape');
    expect(document.querySelector('kefu-teach-picker')).toBeNull();
    expect(onClose).toHaveBeenCalledWith('cancelled');
  });
  it('on the review step, Enter saves without reaching the console box that holds the draft (it would send it)', async () => {
    document.body.innerHTML = `<ul id="t"><li class="m from-buyer"><span>first</span></li><li class="m from-shop"><span>second</span></li></ul><textarea>draft</textarea>`;
    const box = document.querySelector('textarea')!;
    const sent: string[] = [];
    // a console that sends on Enter and, like real ones, does not look at defaultPrevented
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') sent.push(box.value);
    });
    const saved: ConsoleAdapter[] = [];
    picker = startPicker({ host: 'x.test', locale: 'en', save: async (a) => (saved.push(a), { ok: true }) });
    for (let i = 0; i < 3; i++) {
      key('Tab');
      key('Enter');
    }
    expect(picker.step).toBe('review');
    expect(picker.result?.adapter?.input).toEqual(['textarea']);
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(sent).toEqual([]);
  });

  it('opening the picker again stops the first one: no hidden picker keeps taking the clicks', () => {
    document.body.innerHTML = `<ul><li class="m from-buyer"><span>first</span></li></ul><button id="page">page</button>`;
    const closed = vi.fn();
    const first = startPicker({ host: 'x.test', locale: 'en', save: async () => ({ ok: true }), onClose: closed });
    picker = startPicker({ host: 'x.test', locale: 'en', save: async () => ({ ok: true }) });
    expect(closed).toHaveBeenCalledWith('cancelled');
    expect(first.step).toBe('buyer');
    expect(document.querySelectorAll('kefu-teach-picker')).toHaveLength(1);
    click(document.querySelector('.from-buyer span')!);
    expect(first.step).toBe('buyer');
    expect(picker.step).toBe('seller');
    picker.stop();
    picker = undefined;
    const pageSaw = vi.fn();
    document.getElementById('page')!.addEventListener('click', pageSaw);
    click(document.getElementById('page')!);
    expect(pageSaw).toHaveBeenCalledTimes(1);
    expect(document.querySelector('kefu-teach-picker')).toBeNull();
  });
});
