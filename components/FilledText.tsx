import type { FilledPart } from '@/lib/pack/variables';

/** Answer text with filled variables marked and missing ones highlighted. Text only: never HTML. */
export function FilledText({ parts }: { parts: FilledPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.missing ? (
          <mark key={i} class="var-missing" data-testid="var-missing">
            {p.text}
          </mark>
        ) : p.variable ? (
          <span key={i} class="var-filled">
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
