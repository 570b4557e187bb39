// Finding the console's reply box and telling what kind of editor it is.
import type { InputKind } from './types';
import { queryFirstList, safeQuery, safeQueryAll } from './dom';

export interface ReplyBox {
  /** What the selectors found (a web component host for shadow inputs). */
  host: HTMLElement;
  /** Where the text goes: the textarea, the editing host, or the textarea inside the shadow root. */
  target: HTMLElement;
  kind: InputKind;
}

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea') return true;
  return tag === 'input' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

export function isEditingHost(el: Element): boolean {
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

/** Classify an element (or the editor inside it) as a reply box. */
export function asReplyBox(el: Element | null | undefined): ReplyBox | null {
  if (!isElement(el)) return null;
  if (isTextField(el)) return { host: el, target: el, kind: 'textarea' };
  const shadow = el.shadowRoot;
  if (shadow) {
    const inner = safeQuery(shadow, `textarea, input, ${EDITABLE}`);
    if (isElement(inner)) return { host: el, target: inner, kind: 'shadow' };
  }
  if (isEditingHost(el)) {
    const quill = el.classList.contains('ql-editor');
    return { host: el, target: el, kind: quill ? 'quill' : 'contenteditable' };
  }
  // Selectors sometimes name a wrapper: take the editor inside it.
  const inner = safeQuery(el, `.ql-editor, textarea, ${EDITABLE}`);
  if (isElement(inner) && inner !== el) return asReplyBox(inner);
  return null;
}

function usable(box: ReplyBox): boolean {
  const t = box.target;
  if ((t as HTMLTextAreaElement).disabled || (t as HTMLTextAreaElement).readOnly) return false;
  return !t.hasAttribute('hidden') && t.getAttribute('aria-hidden') !== 'true';
}

/**
 * The reply box: the adapter's input selectors first; else the editor next to the send button
 * (TikTok's composer is only known as "the editable thing near #chat-input-send-button").
 */
export function findReplyBox(root: ParentNode, input: readonly string[] | undefined, send?: readonly string[]): ReplyBox | null {
  for (const selector of input ?? []) {
    for (const el of safeQueryAll(root, selector)) {
      const box = asReplyBox(el);
      if (box && usable(box)) return box;
    }
  }
  const sendButton = queryFirstList(root, send)[0];
  let node: Element | null = sendButton?.parentElement ?? null;
  for (let depth = 0; node && depth < 8; depth += 1, node = node.parentElement) {
    for (const el of safeQueryAll(node, `textarea, ${EDITABLE}`)) {
      const box = asReplyBox(el);
      if (box && usable(box)) return box;
    }
  }
  return null;
}

/** What the box currently holds, as the page would see it. */
export function boxText(box: ReplyBox): string {
  const t = box.target;
  return isTextField(t) ? t.value : t.textContent ?? '';
}
