// The fixed, language-neutral set of things we mask. A masked span becomes `〔kind〕` (U+3014/U+3015),
// so the team lead's tools can parse placeholders without knowing the report's language.

export const piiKinds = ['phone', 'email', 'address', 'id', 'card', 'order', 'tracking', 'name', 'account'] as const;
export type PiiKind = (typeof piiKinds)[number];

export function placeholder(kind: PiiKind): string {
  return `〔${kind}〕`;
}

/** Matches any placeholder this module writes; text already masked is never masked again. */
export const placeholderPattern = new RegExp(`〔(?:${piiKinds.join('|')})〕`, 'g');
