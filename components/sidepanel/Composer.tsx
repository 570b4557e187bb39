import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComposedReply } from '@/lib/compose';
import type { Translate } from '@/lib/i18n';

/** The chosen reply, editable before insert, with its parts (opener · answer · closer) named. */
export function Composer({ title, composed, initialText, t, onInsert, onClose }: {
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
  useEffect(() => ref.current?.focus(), []);
  return (
    <section class="composer dialog" aria-labelledby="composer-title" data-testid="composer"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onInsert(text);
      }}>
      <h2 id="composer-title">{t('composed')}: {title}</h2>
      <p class="muted">{composed.parts.map((p) => t(p.kind === 'answer' ? 'answerPart' : p.kind === 'closer' ? 'closer' : p.kind === 'standalone' ? 'deescalate' : 'opener')).join(' + ')}</p>
      <label class="visually-hidden" for="composer-text">{t('composed')}</label>
      <textarea id="composer-text" ref={ref} rows={6} data-testid="composer-text" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div class="actions">
        <button type="button" class="primary" data-testid="composer-insert" onClick={() => onInsert(text)}>{t('insert')}</button>
        <button type="button" onClick={onClose}>{t('cancel')}</button>
      </div>
    </section>
  );
}
