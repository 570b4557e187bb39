import { afterEach, describe, expect, it, vi } from 'vitest';
import { findReplyBox } from '@/lib/console/input';
import { insertReply, insertText } from '@/lib/console/insert';
import { createConsoleReader } from '@/lib/console/read';
import { hooks, loadFixture, setUrl } from './load-fixture';

const MULTILINE = '亲，这款三套可以打九折哦～\n下单前联系客服改价即可。';

/** What typing does to a controlled textarea: the native value changes, then an input event. */
function typeInto(ta: HTMLTextAreaElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(ta, text);
  ta.setSelectionRange(text.length, text.length);
  ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

function state() {
  return createConsoleReader(document).read();
}

describe('insertReply on the fixture consoles', () => {
  afterEach(() => vi.useRealTimers());

  it('fills a Vue v-model textarea (pinduoduo) so the model sees the text, line breaks kept', async () => {
    vi.useFakeTimers();
    loadFixture('pinduoduo');
    vi.advanceTimersByTime(1000);
    vi.useRealTimers();
    const s = state();
    const result = await insertReply(s, { text: MULTILINE, conversationId: s.snapshot.conversationId });
    expect(result).toEqual({ ok: true, kind: 'textarea' });
    expect(hooks().model()).toBe(MULTILINE);
  });

  it('fills a React-controlled textarea (feige) where a bare value assignment is lost', async () => {
    loadFixture('feige');
    const ta = document.querySelector('textarea')!;
    // The fixture really behaves like React: the naive way leaves the state empty.
    ta.value = '直接赋值';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    expect(hooks().model()).toBe('');
    ta.value = '';

    const s = state();
    const result = await insertReply(s, { text: '亲，今天下单明天发货哦', conversationId: 'buyer:TK小学生' });
    expect(result).toEqual({ ok: true, kind: 'textarea' });
    expect(hooks().model()).toBe('亲，今天下单明天发货哦');
  });

  it('fills a contenteditable composer (tiktok) without execCommand, keeping line breaks', async () => {
    loadFixture('tiktok');
    expect(typeof (document as { execCommand?: unknown }).execCommand).not.toBe('function');
    const s = state();
    const text = 'Hi Emma!\nYour order ships tomorrow.';
    const result = await insertReply(s, { text, conversationId: s.snapshot.conversationId });
    expect(result).toEqual({ ok: true, kind: 'contenteditable' });
    expect(hooks().model()).toBe(text);
  });

  it('fills a real Quill editor (kuaishou) so quill.getText() has the text, line breaks kept', async () => {
    loadFixture('kuaishou');
    const s = state();
    const result = await insertReply(s, { text: MULTILINE, conversationId: 'buyer:小鹿乱撞' });
    expect(result).toEqual({ ok: true, kind: 'quill' });
    expect(hooks().model()).toBe(MULTILINE);
  });

  it('picking another suggestion replaces our earlier insertion instead of appending', async () => {
    loadFixture('feige');
    const s = state();
    await insertReply(s, { text: '第一条建议', conversationId: s.snapshot.conversationId });
    await insertReply(s, { text: '第二条建议', conversationId: s.snapshot.conversationId });
    expect(hooks().model()).toBe('第二条建议');
    // replies that start and end alike ("亲，非常…。"): the whole earlier reply is swapped, not only where they differ
    await insertReply(s, { text: '亲，非常抱歉，已为您登记。', conversationId: s.snapshot.conversationId });
    await insertReply(s, { text: '亲，非常抱歉！我们马上为您补发一个新的。', conversationId: s.snapshot.conversationId });
    expect(hooks().model()).toBe('亲，非常抱歉！我们马上为您补发一个新的。');
  });

  it("keeps the agent's half-typed draft and adds the reply at the caret; another pick swaps only the reply", async () => {
    loadFixture('feige');
    const ta = document.querySelector('textarea')!;
    typeInto(ta, '亲，这款我帮您查一下，');
    const s = state();
    expect(await insertReply(s, { text: '48小时内发货哦', conversationId: s.snapshot.conversationId })).toEqual({ ok: true, kind: 'textarea' });
    expect(ta.value).toBe('亲，这款我帮您查一下，48小时内发货哦');
    expect(hooks().model()).toBe('亲，这款我帮您查一下，48小时内发货哦');
    await insertReply(s, { text: '今天就能发出', conversationId: s.snapshot.conversationId });
    expect(hooks().model()).toBe('亲，这款我帮您查一下，今天就能发出');

    // The agent edits the result: it is theirs now, and the next pick goes in at the caret.
    typeInto(ta, 'Hi Maria, thanks!');
    ta.setSelectionRange(9, 9);
    await insertReply(s, { text: 'Your order ships today.', conversationId: s.snapshot.conversationId });
    expect(hooks().model()).toBe('Hi Maria, Your order ships today. thanks!');
  });

  it('never sends: no key events, no submit', async () => {
    loadFixture('feige');
    const seen: string[] = [];
    for (const type of ['keydown', 'keypress', 'keyup', 'submit']) document.addEventListener(type, () => seen.push(type), true);
    typeInto(document.querySelector('textarea')!, '草稿');
    const s = state();
    await insertReply(s, { text: '亲，今天发货\n请放心', conversationId: s.snapshot.conversationId });
    expect(seen).toEqual([]);
  });

  it('refuses when the conversation changed since the suggestion was shown, and leaves the box alone', async () => {
    loadFixture('feige');
    const shown = state().snapshot;
    hooks().switchConversation('c2', '悠然一刻', ['可以退货吗']);
    const result = await insertReply(state(), { text: '亲，今天发货', conversationId: shown.conversationId });
    expect(result).toMatchObject({ ok: false, reason: 'conversation-changed' });
    expect(result.ok ? '' : result.message).toContain('悠然一刻');
    expect(document.querySelector('textarea')!.value).toBe('');
    expect(hooks().model()).toBe('');
  });

  it('without a real conversation id, a different question under the same nickname is refused', async () => {
    loadFixture('feige');
    const shown = state().snapshot;
    expect(shown.conversationId ?? 'buyer:').toMatch(/^buyer:/);
    // Another buyer with the same nickname: same weak id, different question.
    hooks().switchConversation('c9', shown.context.buyer ?? 'TK小学生', ['我要开发票']);
    const stale = await insertReply(state(), { text: '亲，今天发货', conversationId: shown.conversationId, question: shown.question });
    expect(stale).toMatchObject({ ok: false, reason: 'conversation-changed' });
    const now = state().snapshot;
    expect(await insertReply(state(), { text: '亲，可以开的', conversationId: now.conversationId, question: now.question })).toMatchObject({ ok: true });
  });

  it('says why when there is no chat or no reply box', async () => {
    setUrl('https://im.jinritemai.com/pc_seller_v3/settings');
    document.body.innerHTML = '<p>设置</p>';
    const unrecognised = await insertReply(state(), { text: '你好', conversationId: null });
    expect(unrecognised).toMatchObject({ ok: false, reason: 'not-recognised' });

    loadFixture('feige');
    document.querySelector('textarea')!.remove();
    const s = state();
    expect(await insertReply(s, { text: '你好', conversationId: s.snapshot.conversationId })).toMatchObject({ ok: false, reason: 'no-input' });
  });
});

describe('insertText on editor kinds', () => {
  it('fills the textarea inside an open shadow root (Amazon kat-textarea) with composed events', async () => {
    class KatTextarea extends HTMLElement {
      model = '';
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'open' });
        root.innerHTML = '<textarea></textarea>';
      }
    }
    if (!customElements.get('kat-textarea')) customElements.define('kat-textarea', KatTextarea);
    document.body.innerHTML = '<div class="contact-buyer-text-area"><kat-textarea></kat-textarea></div>';
    const host = document.querySelector('kat-textarea') as KatTextarea;
    // The component hears the inner textarea only through events that cross the shadow boundary.
    host.addEventListener('input', (e) => {
      if (e.composed) host.model = host.shadowRoot!.querySelector('textarea')!.value;
    });
    const box = findReplyBox(document, ['.contact-buyer-text-area kat-textarea']);
    expect(box?.kind).toBe('shadow');
    expect(await insertText(box!, 'Hello, your refund was issued today.')).toEqual({ ok: true, kind: 'shadow' });
    expect(host.model).toBe('Hello, your refund was issued today.');
  });

  it('lets an editor that handles beforeinput itself (Slate/Lexical style) do the edit', async () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed"><p><br></p></div>';
    const ed = document.getElementById('ed')!;
    let model = '';
    ed.addEventListener('beforeinput', (e) => {
      const ev = e as InputEvent;
      if (ev.inputType !== 'insertText') return;
      e.preventDefault();
      model = ev.data ?? '';
      ed.innerHTML = `<p data-slate-node="element">${model}</p>`;
    });
    expect(await insertText(findReplyBox(document, ['#ed'])!, '好的，马上为您处理')).toEqual({ ok: true, kind: 'contenteditable' });
    expect(model).toBe('好的，马上为您处理');
  });

  it('waits for an editor that takes the edit in beforeinput and renders it a moment later (Lexical style)', async () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed"><p id="p1"><span id="s1">亲，</span></p></div>';
    const ed = document.getElementById('ed')!;
    const p1 = document.getElementById('p1')!;
    const s1 = document.getElementById('s1')!;
    let model = '亲，';
    ed.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      model += (e as InputEvent).data ?? '';
      queueMicrotask(() => (s1.textContent = model));
    });
    expect(await insertText(findReplyBox(document, ['#ed'])!, '好的，马上为您处理')).toEqual({ ok: true, kind: 'contenteditable' });
    expect(model).toBe('亲，好的，马上为您处理');
    // Its own nodes are still the ones on the page: we did not rewrite the DOM under it.
    expect(ed.contains(p1)).toBe(true);
    expect(ed.textContent).toBe('亲，好的，马上为您处理');
  });

  it("keeps a draft in a contenteditable composer without execCommand (tiktok)", async () => {
    loadFixture('tiktok');
    const ed = document.querySelector<HTMLElement>('.chat-input-editor')!;
    ed.innerHTML = '<div>Hi Emma,</div>';
    ed.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const s = state();
    expect(await insertReply(s, { text: 'your order ships tomorrow.', conversationId: s.snapshot.conversationId })).toMatchObject({ ok: true });
    expect(hooks().model()).toBe('Hi Emma,\nyour order ships tomorrow.');
    await insertReply(s, { text: 'it arrives Friday.', conversationId: s.snapshot.conversationId });
    expect(hooks().model()).toBe('Hi Emma,\nit arrives Friday.');
  });

  it('falls back to a synthetic paste for an editor that re-renders its DOM from its own model (Draft style)', async () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed"></div>';
    const ed = document.getElementById('ed')!;
    let model = '';
    const render = () => {
      ed.innerHTML = model ? `<div data-block="true"><span>${model}</span></div>` : '';
    };
    // Ignores input it did not make (re-renders on the next tick), but handles paste through its model.
    ed.addEventListener('input', () => setTimeout(render, 0));
    ed.addEventListener('paste', (e) => {
      e.preventDefault();
      model = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      render();
    });
    expect(await insertText(findReplyBox(document, ['#ed'])!, '请提供订单号，我帮您查询')).toEqual({ ok: true, kind: 'contenteditable' });
    expect(model).toBe('请提供订单号，我帮您查询');
  });

  it('reports not-accepted when the editor rejects every way in', async () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed"></div>';
    const ed = document.getElementById('ed')!;
    ed.addEventListener('input', () => setTimeout(() => (ed.innerHTML = ''), 0));
    const result = await insertText(findReplyBox(document, ['#ed'])!, '你好');
    expect(result).toMatchObject({ ok: false, reason: 'not-accepted' });
  });

  describe('with a browser execCommand', () => {
    afterEach(() => {
      delete (document as { execCommand?: unknown }).execCommand;
    });

    /** Stand-in for Chrome's editing command: replaces the selection (undoably, in Chrome) and fires input. */
    function browserInsert(calls: string[]) {
      (document as { execCommand?: unknown }).execCommand = (command: string, _ui: boolean, value: string) => {
        calls.push(command);
        const active = document.activeElement;
        if (active instanceof HTMLTextAreaElement) {
          active.setRangeText(value, active.selectionStart, active.selectionEnd, 'end');
          active.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
          return true;
        }
        const range = document.getSelection()!.getRangeAt(0);
        range.deleteContents();
        range.insertNode(document.createTextNode(value));
        (range.startContainer.parentElement ?? document.body).dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
        return true;
      };
    }

    it('lets the browser do the edit when execCommand works, at the end of the draft', async () => {
      document.body.innerHTML = '<div contenteditable="true" id="ed"><p>旧内容</p></div>';
      const ed = document.getElementById('ed')!;
      const calls: string[] = [];
      browserInsert(calls);
      expect(await insertText(findReplyBox(document, ['#ed'])!, '您好')).toEqual({ ok: true, kind: 'contenteditable' });
      expect(calls).toEqual(['insertText']);
      expect(ed.textContent).toBe('旧内容您好');
      // Picking again replaces only our part.
      expect(await insertText(findReplyBox(document, ['#ed'])!, '稍等')).toMatchObject({ ok: true });
      expect(ed.textContent).toBe('旧内容稍等');
    });

    it('writes a textarea through the editing command (undo keeps working), draft kept', async () => {
      document.body.innerHTML = '<textarea id="ta"></textarea>';
      const ta = document.getElementById('ta') as HTMLTextAreaElement;
      ta.value = 'Hi Emma,';
      ta.setSelectionRange(8, 8);
      const calls: string[] = [];
      browserInsert(calls);
      expect(await insertText(findReplyBox(document, ['#ta'])!, 'your parcel left today.')).toEqual({ ok: true, kind: 'textarea' });
      expect(calls).toEqual(['insertText']);
      expect(ta.value).toBe('Hi Emma, your parcel left today.');
    });

    it('falls back when execCommand claims success but the editor did not change', async () => {
      document.body.innerHTML = '<div contenteditable="true" id="ed"></div>';
      (document as { execCommand?: unknown }).execCommand = () => true;
      const box = findReplyBox(document, ['#ed'])!;
      expect(await insertText(box, '第一行\n第二行')).toEqual({ ok: true, kind: 'contenteditable' });
      expect(box.target.innerHTML).toBe('<div>第一行</div><div>第二行</div>');
    });
  });
});
