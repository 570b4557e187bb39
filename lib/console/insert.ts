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

/**
 * What we last put into each box, and where: picking another suggestion replaces our earlier one, while text
 * the agent typed (a half-written draft) is never thrown away.
 */
interface Inserted {
  /** The box's whole text right after our insertion. */
  box: string;
  start: number;
  end: number;
}
const lastInserted = new WeakMap<HTMLElement, Inserted>();

/** Where the reply goes, as offsets into the box's text (value, or textContent of an editor). */
interface Spot {
  /** all: the box is empty or held only our earlier reply; otherwise the agent's draft stays around [start, end). */
  all: boolean;
  start: number;
  end: number;
}

/**
 * Write `text` into the box. An empty box, or one holding only our previous insertion, gets the reply alone;
 * a draft the agent typed is kept and the reply goes in at the caret (or the end), through the browser's own
 * editing so Ctrl+Z takes it back out. Never sends: no Enter, no submit.
 */
export async function insertText(box: ReplyBox, text: string): Promise<InsertResult> {
  const el = box.target;
  const before = boxText(box);
  const spot = spotFor(box, before);
  const piece = spot.all ? text : withSeparator(before, spot.start, text);
  const accepted = isTextField(el) ? await fillField(el, piece, before, spot) : await fillEditable(el, piece, box, before, spot);
  if (accepted) {
    remember(el, before, boxText(box), spot, piece);
    return { ok: true, kind: box.kind };
  }
  return {
    ok: false,
    reason: 'not-accepted',
    message: '输入框没有接受这段文字，请手动粘贴。The reply box did not accept the text; please paste it by hand.',
  };
}

function spotFor(box: ReplyBox, current: string): Spot {
  const el = box.target;
  const previous = lastInserted.get(el);
  if (!current.trim()) return { all: true, start: 0, end: current.length };
  if (previous && previous.box === current) {
    // Untouched since our insertion: only our reply is swapped for the new one.
    const all = !current.slice(0, previous.start).trim() && !current.slice(previous.end).trim();
    return all ? { all, start: 0, end: current.length } : { all, start: previous.start, end: previous.end };
  }
  const caret = isTextField(el) ? fieldCaret(el) : editorCaret(el);
  return { all: false, start: caret, end: caret };
}

/** "Hi Maria," + "Your order…": a space between Latin words; Chinese needs none. */
function withSeparator(draft: string, at: number, text: string): string {
  const prev = draft[at - 1] ?? '';
  return /[\x21-\x7e]/.test(prev) && /^[A-Za-z0-9]/.test(text) ? ` ${text}` : text;
}

/**
 * Remember the span the reply took: where it was put when the box now reads as expected (a diff would cut it
 * short when the new reply starts or ends like the old one: "亲，非常…" over "亲，非常…"), else the text that differs.
 */
function remember(el: HTMLElement, before: string, after: string, spot: Spot, piece: string): void {
  const expected = spot.all ? piece : before.slice(0, spot.start) + piece + before.slice(spot.end);
  if (after === expected) {
    lastInserted.set(el, spot.all ? { box: after, start: 0, end: after.length } : { box: after, start: spot.start, end: spot.start + piece.length });
    return;
  }
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail += 1;
  lastInserted.set(el, { box: after, start, end: after.length - tail });
}

function fieldCaret(el: HTMLTextAreaElement | HTMLInputElement): number {
  const end = el.selectionEnd;
  return typeof end === 'number' && end <= el.value.length ? end : el.value.length;
}

/** The caret inside the editor as an offset into its textContent (the end when the selection is elsewhere). */
function editorCaret(el: HTMLElement): number {
  const total = (el.textContent ?? '').length;
  const selection = el.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return total;
  const range = selection.getRangeAt(0);
  if (!el.contains(range.endContainer)) return total;
  try {
    const head = el.ownerDocument.createRange();
    head.selectNodeContents(el);
    head.setEnd(range.endContainer, range.endOffset);
    return Math.min(total, head.toString().length);
  } catch {
    return total;
  }
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

function execInsert(doc: Document, text: string): boolean {
  if (typeof (doc as { execCommand?: unknown }).execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function setCaret(el: HTMLTextAreaElement | HTMLInputElement, start: number, end = start): void {
  try {
    el.setSelectionRange(start, end);
  } catch {
    // Some input types have no selection; the caret position is cosmetic.
  }
}

async function fillField(el: HTMLTextAreaElement | HTMLInputElement, piece: string, before: string, spot: Spot): Promise<boolean> {
  const expected = before.slice(0, spot.start) + piece + before.slice(spot.end);
  el.focus();
  // The browser's own edit keeps the undo stack and fires beforeinput/input like typing does.
  setCaret(el, spot.start, spot.end);
  if (!execInsert(el.ownerDocument, piece) || el.value !== expected) {
    const setter = nativeValueSetter(el);
    if (setter) setter.call(el, expected);
    else el.value = expected;
    fireInput(el, piece);
  }
  const caret = spot.start + piece.length;
  setCaret(el, caret);
  await settle();
  return el.value === expected || (squash(el.value).includes(squash(piece)) && squash(el.value).length >= squash(expected).length);
}

/** A DOM range over [start, end) of the editor's textContent. */
function rangeAt(el: HTMLElement, start: number, end: number): Range {
  const doc = el.ownerDocument;
  const range = doc.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let offset = 0;
  let startSet = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!startSet && start <= offset + length) {
      range.setStart(node, start - offset);
      startSet = true;
    }
    if (startSet && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return range;
}

function select(el: HTMLElement, range: Range): void {
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Select where the reply goes: everything, our earlier reply, or the caret in the agent's draft. */
function selectSpot(el: HTMLElement, spot: Spot): void {
  if (spot.all) {
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    select(el, range);
  } else select(el, rangeAt(el, spot.start, spot.end));
}

function caretToEnd(el: HTMLElement): void {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  select(el, range);
}

function blockTagOf(el: HTMLElement): string {
  const first = el.firstElementChild?.tagName;
  return el.classList.contains('ql-editor') || first === 'P' ? 'p' : 'div';
}

/** One block per line, in the block shape the editor already uses (Quill: <p>; else <div>, as Enter makes). */
function lineBlocks(el: HTMLElement, text: string): HTMLElement[] {
  const doc = el.ownerDocument;
  const blockTag = blockTagOf(el);
  return text.split('\n').map((line) => {
    const block = doc.createElement(blockTag);
    if (line) block.textContent = line;
    else block.appendChild(doc.createElement('br'));
    return block;
  });
}

/**
 * The last resort, editing the DOM ourselves: the reply replaces everything, or (a draft to keep) our earlier
 * reply is cut out and the new one goes on its own lines after the draft.
 */
function writeLines(el: HTMLElement, text: string, spot: Spot): void {
  if (spot.all) {
    el.replaceChildren(...lineBlocks(el, text));
    return;
  }
  if (spot.end > spot.start) {
    rangeAt(el, spot.start, spot.end).deleteContents();
    for (const child of Array.from(el.children)) if (!(child.textContent ?? '').trim() && !child.querySelector('img')) child.remove();
  }
  const blocks = lineBlocks(el, text.replace(/^ /, ''));
  // A draft written as bare text (no blocks of its own) is wrapped first, so the reply starts a new line.
  if (el.firstChild && !el.firstElementChild) {
    const wrap = el.ownerDocument.createElement(blockTagOf(el));
    wrap.append(...Array.from(el.childNodes));
    el.append(wrap);
  }
  el.append(...blocks);
}

/** Editors that re-render after handling an edit themselves get a few ticks before we look again. */
const HANDLED_WAIT_TICKS = 10;

async function fillEditable(el: HTMLElement, piece: string, box: ReplyBox, before: string, spot: Spot): Promise<boolean> {
  const doc = el.ownerDocument;
  const text = piece.replace(/^ /, '');
  // Kept draft: the text around the spot must still be there.
  const head = squash(before.slice(0, spot.start));
  const tail = squash(before.slice(spot.end));
  const accepted = () => {
    if (!holds(box, text)) return false;
    if (spot.all) return true;
    const now = squash(boxText(box));
    return now.includes(head) && now.includes(tail) && now.length >= head.length + tail.length + squash(text).length;
  };
  el.focus();

  // 1. execCommand: the browser edits and fires input itself, which Quill/Draft/Slate all understand.
  selectSpot(el, spot);
  if (execInsert(doc, piece) && accepted()) {
    await settle();
    if (accepted()) return true;
  }

  // 2. beforeinput for editors that do their own editing (Slate, Lexical); else write the DOM and announce it.
  selectSpot(el, spot);
  const beforeInput = new InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data: piece });
  if (!el.dispatchEvent(beforeInput)) {
    // The editor took the edit: it may render it a moment later. Writing the DOM now would tear out its nodes.
    for (let tick = 0; tick < HANDLED_WAIT_TICKS; tick += 1) {
      await settle();
      if (accepted()) return true;
    }
    return false;
  }
  if (!accepted()) {
    writeLines(el, text, spot);
    caretToEnd(el);
    fireInput(el, piece);
  }
  await settle();
  if (accepted()) return true;

  // 3. A synthetic paste, for editors that rebuilt their DOM from their own model and dropped our text.
  const now = boxText(box);
  selectSpot(el, spot.all || now === before ? spot : { all: false, start: now.length, end: now.length });
  try {
    const data = new DataTransfer();
    data.setData('text/plain', piece);
    el.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: data }));
  } catch {
    return false;
  }
  await settle();
  return accepted();
}
