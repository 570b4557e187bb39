import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { moveItem } from '@/lib/studio/answer';
import type { StudioT } from '@/lib/studio/i18n';
import type { Problem } from '@/lib/studio/validate';
import { fieldA11y, Problems } from './Field';

// Buyer phrasings: add, remove, reorder. Keyboard: Enter adds one below, Alt+↑/↓ moves the focused one,
// and the ↑ ↓ ✕ buttons do the same for mouse and screen-reader users.

export function PhrasingList({ id, questions, problemsAt, onChange, onBlur, t }: {
  id: string;
  questions: string[];
  problemsAt: (path: string) => Problem[];
  onChange: (q: string[], group: string) => void;
  onBlur: () => void;
  t: StudioT;
}) {
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  // Layout effect: the new input has focus before the next keystroke is handled, so fast typing after
  // Enter lands in it.
  useLayoutEffect(() => {
    if (focusAt !== null) inputs.current[focusAt]?.focus();
    setFocusAt(null);
  }, [focusAt]);

  const list = questions.length ? questions : [''];
  const move = (from: number, to: number) => {
    if (to < 0 || to >= list.length) return;
    onChange(moveItem(list, from, to), 'move');
    setFocusAt(to);
  };
  const add = (at: number) => {
    onChange([...list.slice(0, at), '', ...list.slice(at)], 'add');
    setFocusAt(at);
  };
  const remove = (i: number) => {
    onChange(list.filter((_, j) => j !== i), 'remove');
    setFocusAt(Math.max(0, Math.min(i, list.length - 2)));
  };
  const listProblems = problemsAt('questions');

  return (
    <fieldset class="field phrasings" aria-describedby={`${id}-help${listProblems.length ? ` ${id}-msg` : ''}`}>
      <legend>{t('phrasings')}</legend>
      <span id={`${id}-help`} class="muted">{t('phrasingsHelp')}</span>
      <ol class="phrasing-list" data-testid="phrasings">
        {list.map((q, i) => {
          const rowId = `${id}-${i}`;
          const problems = problemsAt(`questions[${i}]`);
          return (
            <li key={i} class="phrasing-row">
              <input
                ref={(el) => {
                  inputs.current[i] = el;
                }}
                {...fieldA11y(rowId, problems)}
                aria-label={t('phrasing', { n: i + 1 })}
                data-testid="phrasing"
                value={q}
                onInput={(e) => onChange(list.map((x, j) => (j === i ? e.currentTarget.value : x)), `q${i}`)}
                onBlur={onBlur}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    add(i + 1);
                  } else if (e.altKey && e.key === 'ArrowUp') {
                    e.preventDefault();
                    move(i, i - 1);
                  } else if (e.altKey && e.key === 'ArrowDown') {
                    e.preventDefault();
                    move(i, i + 1);
                  }
                }}
              />
              <button type="button" class="icon" aria-label={`${t('moveUp')}: ${t('phrasing', { n: i + 1 })}`} title={`${t('moveUp')} (Alt+↑)`} disabled={i === 0} onClick={() => move(i, i - 1)}>↑</button>
              <button type="button" class="icon" aria-label={`${t('moveDown')}: ${t('phrasing', { n: i + 1 })}`} title={`${t('moveDown')} (Alt+↓)`} disabled={i === list.length - 1} onClick={() => move(i, i + 1)}>↓</button>
              <button type="button" class="icon" data-testid="remove-phrasing" aria-label={t('removePhrasing', { n: i + 1 })} title={t('removePhrasing', { n: i + 1 })} onClick={() => remove(i)}>✕</button>
              <Problems id={rowId} problems={problems} t={t} />
            </li>
          );
        })}
      </ol>
      <button type="button" data-testid="add-phrasing" onClick={() => add(list.length)}>+ {t('addPhrasing')}</button>
      <Problems id={id} problems={listProblems} t={t} />
    </fieldset>
  );
}
