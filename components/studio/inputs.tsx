import { useEffect, useState } from 'preact/hooks';
import type { FieldA11y } from './Field';

// Inputs for list and date fields that keep what the team lead is typing (a trailing comma, a date-time
// the date picker cannot show) while the entry gets the parsed value.

const splitList = (s: string) => s.split(/[,，、;；\n]+/).map((x) => x.trim()).filter(Boolean);
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function ListInput({ value, onChange, onBlur, a11y, testId, list }: { value: string[] | undefined; onChange: (v: string[]) => void; onBlur: () => void; a11y: FieldA11y; testId?: string; list?: string }) {
  const [text, setText] = useState((value ?? []).join(', '));
  // Follow outside changes (undo, bulk edits) but not our own parse of the text being typed.
  useEffect(() => {
    if (!sameList(splitList(text), value ?? [])) setText((value ?? []).join(', '));
  }, [value]);
  return (
    <input
      {...a11y}
      data-testid={testId}
      list={list}
      value={text}
      onInput={(e) => {
        setText(e.currentTarget.value);
        onChange(splitList(e.currentTarget.value));
      }}
      onBlur={onBlur}
    />
  );
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date picker for YYYY-MM-DD values; a text box for anything else (ISO date-times, typos to fix). */
export function DateInput({ value, onChange, onBlur, a11y, testId }: { value: string | undefined; onChange: (v: string) => void; onBlur: () => void; a11y: FieldA11y; testId?: string }) {
  const v = value ?? '';
  const picker = v === '' || DATE_ONLY.test(v);
  return (
    <input
      {...a11y}
      data-testid={testId}
      type={picker ? 'date' : 'text'}
      placeholder="YYYY-MM-DD"
      value={v}
      onInput={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
    />
  );
}
