import type { MessageKey, Translate } from '@/lib/i18n';
import type { Suggestion } from '@/lib/panel/suggest';
import type { Filled } from '@/lib/pack/variables';
import { FilledText } from '../FilledText';

export interface SuggestionItemProps {
  suggestion: Suggestion;
  filled: Filled;
  index: number;
  t: Translate;
  onInsert: () => void;
  onCopy: () => void;
}

export function SuggestionItem({ suggestion: s, filled, index, t, onInsert, onCopy }: SuggestionItemProps) {
  const titleId = `sugg-${index}`;
  return (
    <li class="suggestion" data-testid="suggestion" data-entry-id={s.entry.id} data-key={s.key} aria-labelledby={titleId}>
      <div class="suggestion-head">
        <span class="shortcut" aria-hidden="true">
          {index < 3 ? index + 1 : ''}
        </span>
        <h3 id={titleId} class="suggestion-title">
          {s.entry.title}
        </h3>
        {s.stale && (
          <span class="badge badge-stale" title={t('staleTitle')} data-testid="stale">
            {t('stale')}
          </span>
        )}
      </div>
      <p class="answer" data-testid="answer">
        <FilledText parts={filled.parts} />
      </p>
      {filled.missing.length > 0 && (
        <p class="missing-vars" role="note">
          {t('missingVars', { vars: filled.missing.map((v) => t(`var_${v}` as MessageKey)).join(', ') })}
        </p>
      )}
      <div class="meta">
        {s.entry.category && <span class="category" title={t('category')}>{s.entry.category}</span>}
        {s.why.length > 0 && (
          <span class="why" data-testid="why">
            {t('why')}: {s.why.slice(0, 6).join(' · ')}
          </span>
        )}
      </div>
      <div class="actions">
        <button type="button" class="primary" data-testid="insert" title={t('insertTitle')} aria-keyshortcuts={index < 3 ? `Alt+${index + 1}` : undefined} onClick={onInsert}>
          {t('insert')}
        </button>
        <button type="button" data-testid="copy" onClick={onCopy}>
          {t('copy')}
        </button>
      </div>
    </li>
  );
}
