import type { VariableValues } from '../pack/variables';

// Writing answers: {{variable}} buttons insert at the caret, and the preview fills them with sample values
// the way the panel fills them with the real buyer, order, product and agent.

/** Insert `{{name}}` in place of the selection [start, end); returns the text and where the caret goes. */
export function insertVariable(text: string, start: number, end: number, name: string): { text: string; caret: number } {
  const s = Math.max(0, Math.min(Number.isFinite(start) ? start : text.length, text.length));
  const e = Math.max(s, Math.min(Number.isFinite(end) ? end : s, text.length));
  const token = `{{${name}}}`;
  return { text: text.slice(0, s) + token + text.slice(e), caret: s + token.length };
}

/** Sample values for the preview, in the UI language. */
export function sampleValues(locale: 'zh' | 'en', agentName?: string): VariableValues {
  return locale === 'zh'
    ? { buyer: '小美', order: '2026111100123', product: '无线蓝牙耳机 Pro', agent: agentName?.trim() || '客服小王' }
    : { buyer: 'Amy', order: '2026111100123', product: 'Wireless Earbuds Pro', agent: agentName?.trim() || 'Sam' };
}

/** Move an item (reordering phrasings); out-of-range moves return the list unchanged. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}
