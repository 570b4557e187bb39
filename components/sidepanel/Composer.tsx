import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComposedReply } from '@/lib/compose';
import type { MessageKey, Translate } from '@/lib/i18n';

const partLabel = (kind: ComposedReply['parts'][number]['kind']): MessageKey =>
  kind === 'answer' ? 'answerPart' : kind === 'closer' ? 'closer' : kind === 'standalone' ? 'deescalate' : 'opener';

/** Rows for browsers without `field-sizing: content`: the text's lines (long ones wrap at about 40 characters), at least 6. */
export function composerRows(text: string): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 40)), 0);
  return Math.max(6, Math.min(lines + 1, 24));
}

/**
 * The chosen reply, editable before insert, opened inside the card being edited, with its parts
 * (opener · answer · closer) named. Esc or Cancel closes it and focus goes back to what opened it (the card's Edit).
 */
export function Composer({ id, title, composed, initialText, t, onInsert, onClose }: {
  /** Unique per card: ids in the page must not repeat. */
  id: string;
  title: string;
  composed: ComposedReply;
  initialText: string;
  t: Translate;
  onInsert: (text: string) => void;
  onClose: () => void;
}) {
  // Seeded once: the parent keys this component by entry, so background updates never wipe the agent's edits.
  const [text, setText] = useState(initialText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    return () => {
      // Only when focus would otherwise be lost (inside the closed editor or nowhere), not when the agent moved on.
      const now = document.activeElement;
      const lost = !now || now === document.body || !now.isConnected || !!box.current?.contains(now);
      if (opener?.isConnected && lost) opener.focus();
    };
  }, []);
  const textId = `composer-text-${id}`;
  const titleId = `composer-title-${id}`;
  const hintId = `composer-hint-${id}`;
  return (
    <section ref={box} class="composer dialog" aria-labelledby={titleId} data-testid="composer"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onInsert(text);
      }}>
      <h2 id={titleId}>{t('composed')}: {title}</h2>
      {composed.parts.length > 1 && (
        <ol class="composer-parts" data-testid="composer-parts">
          {composed.parts.map((p, i) => (
            <li key={i} class={`composer-part part-${p.kind}`}>
              <span class="part-label">{t(partLabel(p.kind))}</span>
              <span class="part-text">{p.text}</span>
            </li>
          ))}
        </ol>
      )}
      <label class="visually-hidden" for={textId}>{t('composed')}</label>
      <textarea id={textId} ref={ref} rows={composerRows(text)} data-testid="composer-text" value={text} aria-describedby={hintId}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div class="actions">
        <button type="button" class="primary" data-testid="composer-insert" aria-keyshortcuts="Control+Enter" onClick={() => onInsert(text)}>{t('insert')}</button>
        <button type="button" data-testid="composer-cancel" onClick={onClose}>{t('cancel')}</button>
        <span id={hintId} class="hint composer-hint">{t('composerHint')}</span>
      </div>
    </section>
  );
}
