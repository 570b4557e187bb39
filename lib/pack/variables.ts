// {{variable}} filling for answers. Unfilled variables are kept visibly (never silently blank) so the
// agent sees what is missing before sending.

export const knownVariables = ['buyer', 'order', 'product', 'agent'] as const;
export type VariableName = (typeof knownVariables)[number];
export type VariableValues = Partial<Record<string, string | undefined>>;

export interface FilledPart {
  text: string;
  /** Set on parts that came from a {{variable}}. */
  variable?: string;
  /** true when the variable had no value: the text is then the literal placeholder. */
  missing?: boolean;
}

export interface Filled {
  text: string;
  parts: FilledPart[];
  missing: string[];
}

const pattern = /\{\{\s*([\w.-]+)\s*\}\}/g;

export function fillVariables(template: string, values: VariableValues): Filled {
  const parts: FilledPart[] = [];
  const missing: string[] = [];
  let last = 0;
  for (const m of template.matchAll(pattern)) {
    const name = m[1]!;
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    const value = values[name]?.trim();
    if (value) parts.push({ text: value, variable: name });
    else {
      parts.push({ text: m[0], variable: name, missing: true });
      if (!missing.includes(name)) missing.push(name);
    }
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return { text: parts.map((p) => p.text).join(''), parts, missing };
}

export function variablesIn(template: string): string[] {
  return [...new Set([...template.matchAll(pattern)].map((m) => m[1]!))];
}
