// Joining the parts so the reply reads as one message: Chinese runs on without spaces, English gets a
// space (or a blank line when the answer is several lines). A part that ends mid-sentence gets a full stop.

// A closing bracket or quote only ends a sentence with a stop inside it ("(weekdays)" does not, "(weekdays.)" does).
// A colon leads into the next part: no stop after it.
const ENDS = /(?:[。！？!?.…~～，,；;：:\u{1F300}-\u{1FAFF}\u2600-\u27BF]|[。！？!?.…][)）\]】」』"'”’]+)$/u;

export function isChinese(locale: string | undefined, sample: string): boolean {
  if (locale) return /^zh(?:[-_]|$)/i.test(locale.trim());
  return /[\u4e00-\u9fff]/.test(sample);
}

export function joinParts(texts: readonly string[], zh: boolean): string {
  const parts = texts.map((t) => t.trim()).filter((t) => t !== '');
  const multiline = parts.some((p) => p.includes('\n'));
  const out: string[] = [];
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    out.push(!last && !ENDS.test(p) ? p + (zh ? '。' : '.') : p);
  });
  return out.join(multiline ? (zh ? '\n' : '\n\n') : zh ? '' : ' ');
}
