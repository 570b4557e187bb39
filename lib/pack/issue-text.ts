import type { z } from 'zod';

// Pack validation messages a team lead can act on. Zod 4 leaves the input out of issues unless asked
// (parsePack asks with reportInput), so a wrong type is told apart from a missing field here rather than
// in each schema's error option.

const expectedWords: Record<string, string> = {
  string: 'text',
  array: 'a list',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object ({…})',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

export function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_type') return issue.message;
  const input = (issue as { input?: unknown }).input;
  if (input === undefined) return 'required';
  return `must be ${expectedWords[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
}
