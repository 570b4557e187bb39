import type { ComponentChildren } from 'preact';
import type { StudioT } from '@/lib/studio/i18n';
import type { Problem } from '@/lib/studio/validate';

// A labelled form field with its problems shown in place and tied to the input (aria-describedby), so
// a screen reader reads "Title, required" when the field is focused.

export const problemText = (p: Problem, t: StudioT) => t(`pr_${p.code}`, { detail: p.detail ?? '' });

export interface FieldA11y {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export function fieldA11y(id: string, problems: Problem[], help?: boolean): FieldA11y {
  const ids = [help ? `${id}-help` : '', problems.length ? `${id}-msg` : ''].filter(Boolean).join(' ');
  return { id, 'aria-describedby': ids || undefined, 'aria-invalid': problems.some((p) => isError(p)) ? true : undefined };
}

const isError = (p: Problem) => p.severity === 'error';

export function Problems({ id, problems, t }: { id: string; problems: Problem[]; t: StudioT }) {
  if (!problems.length) return null;
  return (
    <ul id={`${id}-msg`} class="problems" data-testid={`problem-${id}`}>
      {problems.map((p, i) => (
        <li key={i} class={isError(p) ? 'field-error' : 'field-warning'}>{problemText(p, t)}</li>
      ))}
    </ul>
  );
}

export function Field({ id, label, help, problems, t, children }: { id: string; label: string; help?: string; problems: Problem[]; t: StudioT; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {help && <span id={`${id}-help`} class="muted">{help}</span>}
      <Problems id={id} problems={problems} t={t} />
    </div>
  );
}
