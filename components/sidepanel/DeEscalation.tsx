import type { ComposedReply } from '@/lib/compose';
import type { Translate } from '@/lib/i18n';
import { Composer } from './Composer';

/**
 * The calming reply for a threatening or furious buyer, insertable on its own, with its editor.
 * Pack text is rendered as text (never HTML): packs come from feeds and files the agent did not write.
 */
export function DeEscalation({ calm, t, inserted, editing, onInsert, onEdit, onClose, onCalmed }: {
  calm: ComposedReply;
  t: Translate;
  /** Insert just worked: the button says so for a moment. */
  inserted: boolean;
  editing: boolean;
  onInsert: (text: string) => void;
  onEdit: () => void;
  onClose: () => void;
  /** Only when the feeling comes from earlier messages: the agent can say the buyer has calmed down. */
  onCalmed?: () => void;
}) {
  return (
    <section class="deescalation" data-testid="deescalation" aria-label={t('deescalate')}>
      <strong>{t('deescalate')}</strong> <span class="muted">{t('deescalateHelp')}</span>
      <p>{calm.text}</p>
      <div class="actions">
        <button type="button" class="primary" data-testid="insert-deescalation" onClick={() => onInsert(calm.text)}>{inserted ? t('insertedShort') : t('insert')}</button>
        <button type="button" data-testid="edit-deescalation" aria-expanded={editing} onClick={onEdit}>{t('edit')}</button>
        {onCalmed && (
          <button type="button" class="link calmed" data-testid="buyer-calmed" title={t('buyerCalmedTitle')} onClick={onCalmed}>{t('buyerCalmed')}</button>
        )}
      </div>
      {editing && (
        <Composer key="calm" id="calm" title={t('deescalate')} composed={calm} initialText={calm.text} t={t} onInsert={onInsert} onClose={onClose} />
      )}
    </section>
  );
}
