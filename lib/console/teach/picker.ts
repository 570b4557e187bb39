// The in-page picker: a shadow-DOM overlay that asks the agent to point at a buyer message, a shop message
// and the reply box, shows live what the derived adapter finds, and hands the adapter to `save`.
// The overlay never takes pointer events (except its own panel): the element under the pointer is found
// with elementFromPoint, so real clicks (and Playwright's) land on the page element they aim at.
import { readConsole } from '../read';
import type { ConsoleAdapter } from '../types';
import { deriveAdapter, describeElement, type TeachProblem, type TeachResult } from './derive';
import { teachText, type TeachLocale } from './strings';

export type PickerStep = 'buyer' | 'seller' | 'input' | 'review';

export interface PickerOptions {
  doc?: Document;
  host: string;
  /** The adapter being re-taught, if any. */
  base?: ConsoleAdapter | null;
  locale: TeachLocale;
  save(adapter: ConsoleAdapter): Promise<{ ok: boolean; error?: string }>;
  onClose?(reason: 'saved' | 'cancelled'): void;
}

export interface Picker {
  readonly step: PickerStep;
  readonly result: TeachResult | null;
  /** Pick an element for the current step (what a click or Enter does). */
  pick(el: Element): void;
  stop(): void;
}

const TAG = 'kefu-teach-picker';
const MAX_MARKS = 200;
const STYLE = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; }
.box { position: fixed; box-sizing: border-box; border-radius: 4px; pointer-events: none; }
.hover { border: 2px dashed #ff6a00; background: rgba(255,106,0,.08); }
.buyer { border: 2px solid #16a34a; background: rgba(22,163,74,.12); }
.seller { border: 2px solid #2563eb; background: rgba(37,99,235,.10); }
.input { border: 2px solid #d97706; background: rgba(217,119,6,.10); }
.panel { position: fixed; left: 12px; bottom: 12px; width: 320px; max-height: 70vh; overflow: auto; pointer-events: auto;
  z-index: 2147483647; box-sizing: border-box; padding: 12px 14px; border-radius: 10px; background: #fff; color: #1f2328;
  box-shadow: 0 6px 24px rgba(0,0,0,.22); font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.panel.right { left: auto; right: 12px; }
h2 { margin: 0 0 6px; font-size: 14px; }
p { margin: 4px 0; }
.step { font-weight: 600; color: #9a3412; }
.muted { color: #6b7280; font-size: 12px; }
.problem { color: #b91c1c; }
.ok { color: #15803d; }
.q { background: #f3f4f6; padding: 4px 6px; border-radius: 4px; word-break: break-word; }
label { display: block; margin-top: 6px; }
input { width: 100%; box-sizing: border-box; margin-top: 2px; padding: 4px 6px; font: inherit; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #d1d5db; background: #fff; cursor: pointer; }
button.primary { background: #ea580c; border-color: #ea580c; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
`;

const PROBLEM_TEXT: Record<TeachProblem, 'problemSame' | 'problemList' | 'problemSides' | 'problemInput'> = {
  'same-message': 'problemSame',
  'no-list': 'problemList',
  'no-sides': 'problemSides',
  'no-input': 'problemInput',
};

/** The running picker's stop(), kept on its host element: the script is injected anew for each start. */
const RUNNING = '__kefuStopPicker';

export function startPicker(options: PickerOptions): Picker {
  const doc = options.doc ?? document;
  const win = doc.defaultView ?? window;
  const t = teachText(options.locale);
  // A picker opened twice replaces the first, listeners and all (a hidden one would swallow the page's clicks).
  const previous = doc.querySelector(TAG);
  const stopPrevious = (previous as { [RUNNING]?: () => void } | null)?.[RUNNING];
  if (stopPrevious) stopPrevious();
  else previous?.remove();

  const hostEl = doc.createElement(TAG);
  const root = hostEl.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('pickerTitle'));
  panel.setAttribute('data-testid', 'picker');
  root.append(style, layer, panel);
  doc.documentElement.appendChild(hostEl);
  (hostEl as { [RUNNING]?: () => void })[RUNNING] = () => stop('cancelled');

  let step: PickerStep = 'buyer';
  const picks: { buyer?: Element; seller?: Element | null; input?: Element } = {};
  let candidate: Element | null = null;
  let result: TeachResult | null = null;
  let message: { kind: 'problem' | 'ok'; text: string } | null = null;
  let saving = false;
  let name = options.base?.name ?? (doc.title.trim().slice(0, 40) || options.host);
  let stopped = false;

  const ours = (node: unknown) => node === hostEl || (node instanceof Node && hostEl.contains(node));
  const elementAt = (x: number, y: number): Element | null => {
    const el = doc.elementFromPoint(x, y);
    return el && !ours(el) && el !== doc.documentElement && el !== doc.body ? el : null;
  };

  function derive(): void {
    if (!picks.buyer) {
      result = null;
      return;
    }
    result = deriveAdapter({ buyer: picks.buyer, seller: picks.seller ?? null, input: picks.input ?? null }, { host: options.host, path: doc.location?.pathname, base: options.base ?? undefined, name });
  }

  function box(el: Element, kind: string): HTMLElement | null {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 && r.height <= 0) return null;
    const d = doc.createElement('div');
    d.className = `box ${kind}`;
    d.style.left = `${r.left}px`;
    d.style.top = `${r.top}px`;
    d.style.width = `${r.width}px`;
    d.style.height = `${r.height}px`;
    return d;
  }

  function drawMarks(): void {
    const marks: HTMLElement[] = [];
    const add = (el: Element | null | undefined, kind: string) => {
      if (!el || marks.length >= MAX_MARKS) return;
      const b = box(el, kind);
      if (b) marks.push(b);
    };
    if (result) {
      for (const row of result.buyerRows) add(row, 'buyer');
      for (const row of result.sellerRows) add(row, 'seller');
      add(result.input, 'input');
    } else if (picks.buyer) add(picks.buyer, 'buyer');
    if (step !== 'review') add(candidate, 'hover');
    layer.replaceChildren(...marks);
    // Keep the panel off the element being pointed at.
    const c = candidate?.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    if (c && p.width && c.left < p.right && c.right > p.left && c.top < p.bottom && c.bottom > p.top) {
      panel.classList.toggle('right', c.left + c.width / 2 < win.innerWidth / 2);
    }
  }

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text?: string): HTMLElementTagNameMap[K] {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(label: string, testid: string, onClick: () => void, primary = false, disabled = false): HTMLButtonElement {
    const b = el('button', { type: 'button', 'data-testid': testid, ...(primary ? { class: 'primary' } : {}) }, label);
    b.disabled = disabled;
    b.addEventListener('click', (e) => {
      e.preventDefault();
      onClick();
    });
    return b;
  }

  function render(): void {
    const stepText = { buyer: t('stepBuyer'), seller: t('stepSeller'), input: t('stepInput'), review: t('stepReview') }[step];
    const nodes: Node[] = [el('h2', {}, t('pickerTitle')), el('p', { class: 'step', 'data-testid': 'picker-step', 'data-step': step }, stepText)];
    if (step !== 'review') {
      nodes.push(el('p', { class: 'muted' }, t('keys')));
      if (candidate) nodes.push(el('p', { class: 'muted' }, t('pointing', { what: describeElement(candidate) })));
    }
    if (result) {
      nodes.push(el('p', { 'data-testid': 'picker-found', 'data-buyer': String(result.buyerRows.length), 'data-seller': String(result.sellerRows.length) }, t('found', { buyer: result.buyerRows.length, seller: result.sellerRows.length })));
    }
    if (step === 'review' && result) {
      nodes.push(el('p', { class: result.input ? 'ok' : 'problem' }, result.input ? t('inputFound') : t('inputMissing')));
      if (result.adapter) {
        let question = '';
        try {
          question = readConsole(doc, { adapters: [result.adapter], url: () => win.location.href }).question;
        } catch {
          question = '';
        }
        nodes.push(el('p', { 'data-testid': 'picker-question' }, question ? t('latestQuestion', { q: question.slice(0, 120) }) : t('noQuestion')));
      }
    }
    for (const p of result?.problems ?? []) {
      if (p === 'no-input' && step !== 'review') continue;
      nodes.push(el('p', { class: 'problem' }, t(PROBLEM_TEXT[p])));
    }
    if (message) nodes.push(el('p', { class: message.kind, role: 'status', 'data-testid': 'picker-message' }, message.text));
    if (step === 'review') {
      const label = el('label', {}, t('name'));
      const input = el('input', { 'data-testid': 'picker-name', maxlength: '60' });
      input.value = name;
      input.addEventListener('input', () => {
        name = input.value;
      });
      label.append(input);
      nodes.push(label);
    }
    const actions = el('div', { class: 'actions' });
    if (step === 'review') actions.append(button(saving ? t('saving') : t('save'), 'picker-save', () => void save(), true, saving || !result?.adapter));
    if (step === 'seller') actions.append(button(t('skip'), 'picker-skip', () => pick(null)));
    if (step !== 'buyer') actions.append(button(t('back'), 'picker-back', back));
    actions.append(button(t('cancel'), 'picker-cancel', () => stop('cancelled')));
    nodes.push(actions);
    panel.replaceChildren(...nodes);
    drawMarks();
  }

  function setCandidate(next: Element | null): void {
    if (next === candidate) return;
    candidate = next;
    render();
  }

  function pick(target: Element | null): void {
    if (stopped || step === 'review') return;
    message = null;
    if (step === 'buyer') {
      if (!target) return;
      picks.buyer = target;
      step = 'seller';
    } else if (step === 'seller') {
      picks.seller = target;
      derive();
      if (result?.problems.includes('same-message')) {
        picks.seller = undefined;
        message = { kind: 'problem', text: t('problemSame') };
        render();
        return;
      }
      step = 'input';
    } else if (step === 'input') {
      if (!target) return;
      picks.input = target;
      step = 'review';
    }
    derive();
    candidate = target; // the keyboard carries on from here
    render();
  }

  function back(): void {
    message = null;
    if (step === 'review') {
      picks.input = undefined;
      step = 'input';
    } else if (step === 'input') {
      picks.seller = undefined;
      step = 'seller';
    } else if (step === 'seller') {
      picks.buyer = undefined;
      step = 'buyer';
    }
    derive();
    render();
  }

  async function save(): Promise<void> {
    derive(); // the name may have changed
    const adapter = result?.adapter;
    if (!adapter || saving) return;
    saving = true;
    message = null;
    render();
    let r: { ok: boolean; error?: string };
    try {
      r = await options.save(adapter);
    } catch (e) {
      r = { ok: false, error: (e as Error).message };
    }
    saving = false;
    if (r.ok) {
      message = { kind: 'ok', text: t('saved') };
      render();
      win.setTimeout(() => stop('saved'), 1200);
    } else {
      message = { kind: 'problem', text: r.error ?? '?' };
      render();
    }
  }

  // Pointer: follow and pick what is under it; the page never sees the clicks meant for the picker.
  const onMove = (e: MouseEvent) => {
    if (step === 'review' || ours(e.composedPath()[0])) return;
    setCandidate(elementAt(e.clientX, e.clientY));
  };
  const swallow = (e: Event) => {
    if (stopped || e.composedPath().includes(hostEl) || step === 'review') return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onClick = (e: MouseEvent) => {
    if (stopped || e.composedPath().includes(hostEl) || step === 'review') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    pick(elementAt(e.clientX, e.clientY) ?? (e.target instanceof Element && !ours(e.target) ? e.target : null));
  };

  /** Elements a keyboard user can step through: those holding text of their own, and editors. */
  function stepThrough(from: Element | null, forward: boolean): Element | null {
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (n) => {
        const e = n as Element;
        if (ours(e)) return NodeFilter.FILTER_REJECT;
        const ownText = Array.from(e.childNodes).some((c) => c.nodeType === 3 && (c.textContent ?? '').trim());
        const editable = e.matches('textarea, input, [contenteditable="true"], [contenteditable=""]');
        return ownText || editable ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    if (from && doc.body.contains(from)) walker.currentNode = from;
    const next = forward ? walker.nextNode() : walker.previousNode();
    return (next as Element | null) ?? null;
  }

  const onKey = (e: KeyboardEvent) => {
    if (stopped) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopImmediatePropagation();
      stop('cancelled');
      return;
    }
    const inPanel = e.composedPath().includes(hostEl);
    if (step === 'review') {
      if (e.key === 'Enter' && !inPanel) {
        // the console's reply box may still hold focus and a draft: its own Enter handler would send it
        e.preventDefault();
        e.stopImmediatePropagation();
        void save();
      }
      return;
    }
    if (inPanel && e.key !== 'Tab') return; // the panel's own buttons take Enter/Space
    let next: Element | null | undefined;
    if (e.key === 'Enter') {
      if (candidate) pick(candidate);
    } else if (e.key === 'ArrowUp') next = candidate?.parentElement && candidate.parentElement !== doc.body ? candidate.parentElement : candidate;
    else if (e.key === 'ArrowDown') next = candidate?.firstElementChild ?? candidate;
    else if (e.key === 'ArrowLeft') next = candidate?.previousElementSibling ?? candidate;
    else if (e.key === 'ArrowRight') next = candidate?.nextElementSibling ?? candidate;
    else if (e.key === 'Tab') next = stepThrough(candidate, !e.shiftKey) ?? candidate;
    else return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (next !== undefined) {
      setCandidate(next);
      next?.scrollIntoView?.({ block: 'nearest' });
    }
  };
  const redraw = () => drawMarks();

  const pointerEvents = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'auxclick', 'contextmenu'];
  win.addEventListener('mousemove', onMove, true);
  win.addEventListener('click', onClick, true);
  for (const type of pointerEvents) win.addEventListener(type, swallow, true);
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('scroll', redraw, true);
  win.addEventListener('resize', redraw);

  function stop(reason: 'saved' | 'cancelled' = 'cancelled'): void {
    if (stopped) return;
    stopped = true;
    win.removeEventListener('mousemove', onMove, true);
    win.removeEventListener('click', onClick, true);
    for (const type of pointerEvents) win.removeEventListener(type, swallow, true);
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('scroll', redraw, true);
    win.removeEventListener('resize', redraw);
    hostEl.remove();
    options.onClose?.(reason);
  }

  // Keyboard users start from the middle of the page.
  candidate = elementAt(win.innerWidth / 2, win.innerHeight / 2);
  render();

  return {
    get step() {
      return step;
    },
    get result() {
      return result;
    },
    pick,
    stop: () => stop('cancelled'),
  };
}
