import { placeholderPattern } from '@/lib/redact';

/** Text with masked personal data (〔phone〕, 〔address〕…) highlighted, so the agent sees what was hidden. */
export function MaskedText({ text }: { text: string }) {
  const parts: (string | { masked: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(new RegExp(placeholderPattern.source, 'g'))) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ masked: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return (
    <>
      {parts.map((p, i) =>
        typeof p === 'string' ? p : (
          <mark key={i} class="masked" data-testid="masked">
            {p.masked}
          </mark>
        ),
      )}
    </>
  );
}
