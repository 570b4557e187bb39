// Putting a reply into the console's own reply box so the page's framework registers it. Never sends.
import type { ConsoleSnapshot, InsertResult } from './types';
import { boxText, isTextField, type ReplyBox } from './input';

export interface InsertRequest {
  text: string;
  /** The conversation the suggestion was made for; the insert is refused if the page moved on. */
  conversationId: string | null;
  /** The question the reply was chosen for: checked when the page has no real conversation id. */
  question?: string;
}

/** What the page looks like now (a fresh read, not the snapshot the panel was showing). */
export interface InsertState {
  snapshot: Pick<ConsoleSnapshot, 'recognised' | 'conversationId' | 'context' | 'question'>;
  input: ReplyBox | null;
}

/** Let the framework run its handlers and re-render before checking what stuck. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const squash = (s: string) => s.replace(/\s+/g, '');

function holds(box: ReplyBox, text: string): boolean {
  return squash(boxText(box)).includes(squash(text));
}

export async function insertReply(state: InsertState, request: InsertRequest): Promise<InsertResult> {
  const { snapshot, input } = state;
  if (!snapshot.recognised) {
    return { ok: false, reason: 'not-recognised', message: '未识别到聊天页面，无法插入。The chat console was not recognised.' };
  }
  // Consoles without a real conversation id (null, or only the buyer's nickname) could show another buyer
  // under the same id: there the question itself must still be the one the reply was chosen for.
  const weakId = !snapshot.conversationId || snapshot.conversationId.startsWith('buyer:');
  const questionMoved = weakId && request.question !== undefined && request.question !== snapshot.question;
  if ((request.conversationId ?? null) !== (snapshot.conversationId ?? null) || questionMoved) {
    const who = snapshot.context.buyer ? `（现在是 ${snapshot.context.buyer}）` : '';
    return {
      ok: false,
      reason: 'conversation-changed',
      message: `会话已切换${who}，这条建议没有插入，请重新选择。The conversation changed; nothing was inserted.`,
    };
  }
  if (!input) return { ok: false, reason: 'no-input', message: '没有找到回复输入框。No reply box was found on the page.' };
  const text = request.text.replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, reason: 'not-accepted', message: '没有要插入的文字。There is no text to insert.' };
  return insertText(input, text);
}

/** Write `text` into the box, replacing what it held. */
export async function insertText(box: ReplyBox, text: string): Promise<InsertResult> {
  const accepted = isTextField(box.target) ? await fillField(box.target, text) : await fillEditable(box.target, text, box);
  if (accepted) return { ok: true, kind: box.kind };
  return {
    ok: false,
    reason: 'not-accepted',
    message: '输入框没有接受这段文字，请手动粘贴。The reply box did not accept the text; please paste it by hand.',
  };
}

/**
 * The value setter of the element's prototype, skipping an own-instance `value` property: React's value
 * tracker lives there and would swallow the change; Vue only needs the input event that follows.
 */
function nativeValueSetter(el: HTMLElement): ((v: string) => void) | undefined {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'value');
    if (desc?.set) return desc.set as (v: string) => void;
  }
  return undefined;
}

function fireInput(el: HTMLElement, text: string): void {
  // composed: crosses a shadow root, so a web component host (Amazon kat-textarea) hears it.
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

async function fillField(el: HTMLTextAreaElement | HTMLInputElement, text: string): Promise<boolean> {
  el.focus();
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, text);
  else el.value = text;
  fireInput(el, text);
  const end = el.value.length;
  try {
    el.setSelectionRange(end, end);
  } catch {
    // Some input types have no selection; the caret position is cosmetic.
  }
  await settle();
  return el.value === text || squash(el.value).includes(squash(text));
}

function selectContents(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

function caretToEnd(el: HTMLElement): void {
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Rebuild the editor's content as one block per line, in the block shape the editor already uses
 * (Quill: <p>; otherwise <div>, which is what browsers themselves make when Enter is pressed).
 */
function writeLines(el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  const first = el.firstElementChild?.tagName;
  const blockTag = el.classList.contains('ql-editor') || first === 'P' ? 'p' : 'div';
  el.replaceChildren();
  for (const line of text.split('\n')) {
    const block = doc.createElement(blockTag);
    if (line) block.textContent = line;
    else block.appendChild(doc.createElement('br'));
    el.appendChild(block);
  }
}

async function fillEditable(el: HTMLElement, text: string, box: ReplyBox): Promise<boolean> {
  const doc = el.ownerDocument;
  el.focus();

  // 1. execCommand: the browser edits and fires input itself, which Quill/Draft/Slate all understand.
  selectContents(el);
  let done = false;
  if (typeof (doc as { execCommand?: unknown }).execCommand === 'function') {
    try {
      done = doc.execCommand('insertText', false, text);
    } catch {
      done = false;
    }
  }
  if (done && holds(box, text)) {
    await settle();
    if (holds(box, text)) return true;
  }

  // 2. beforeinput for editors that do their own editing (Slate, Lexical); else write the DOM and announce it.
  selectContents(el);
  const before = new InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data: text });
  const handled = !el.dispatchEvent(before);
  if (!handled || !holds(box, text)) {
    writeLines(el, text);
    caretToEnd(el);
    fireInput(el, text);
  }
  await settle();
  if (holds(box, text)) return true;

  // 3. A synthetic paste, for editors that rebuilt their DOM from their own model and dropped our text.
  selectContents(el);
  try {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: data }));
  } catch {
    return false;
  }
  await settle();
  return holds(box, text);
}
