import type { ComponentChildren } from 'preact';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { ProposedReply } from '@/lib/panel/reply';
import type { Suggestion } from '@/lib/panel/suggest';
import { FilledText } from '../FilledText';

export interface SuggestionItemProps {
  suggestion: Suggestion;
  reply: ProposedReply;
  index: number;
  t: Translate;
  selected: boolean;
  onInsert: () => void;
  onCopy: () => void;
  onEdit: () => void;
  onVote: (up: boolean) => void;
  onReport: () => void;
  /** What was just done with this card, shown on it for a moment (the agent's eyes are on the card). */
  done?: Done;
  /** The agent's vote on this card for the current question. */
  vote?: boolean;
  /** A weak match: muted and labelled so it does not look as sure as a good one. */
  weak?: boolean;
  /** The editor, opened inside this card when the agent edits it. */
  children?: ComponentChildren;
}

export type Done = 'inserted' | 'copied';

export function SuggestionItem({ suggestion: s, reply, index, t, selected, onInsert, onCopy, onEdit, onVote, onReport, done, vote, weak, children }: SuggestionItemProps) {
  const titleId = `sugg-${index}`;
  const { filled, composed } = reply;
  return (
    <li class={`suggestion${selected ? ' selected' : ''}${done ? ' done' : ''}${weak ? ' weak' : ''}`} data-testid="suggestion" data-entry-id={s.entry.id} data-key={s.key} data-reply={reply.text} aria-labelledby={titleId}>
      <div class="suggestion-head">
        <span class="shortcut" aria-hidden="true">{index < 3 ? index + 1 : ''}</span>
        <h3 id={titleId} class="suggestion-title">{s.entry.title}</h3>
        {s.productMatch && <span class="badge">{t('product')}</span>}
        {weak && <span class="badge badge-weak" title={t('weakMatchTitle')} data-testid="weak">{t('weakMatch')}</span>}
        {s.stale && <span class="badge badge-stale" title={t('staleTitle')} data-testid="stale">{t('stale')}</span>}
      </div>
      <div class="answer-block">
        {composed.parts.map((p, i) =>
          p.kind === 'answer' ? (
            <p key={i} class="answer" data-testid="answer">
              {/* A tone variant written for this buyer's feeling replaces the plain answer. */}
              {p.text === filled.text ? <FilledText parts={filled.parts} /> : p.text}
            </p>
          ) : (
            <p key={i} class={`script script-${p.kind}`} data-testid={`script-${p.kind}`}>
              <span class="part-label">{t(p.kind === 'closer' ? 'closer' : 'opener')}</span>
              {p.text}
            </p>
          ),
        )}
      </div>
      {filled.missing.length > 0 && (
        <p class="missing-vars" role="note">{t('missingVars', { vars: filled.missing.map((v) => t(`var_${v}` as MessageKey)).join(', ') })}</p>
      )}
      <div class="meta">
        {s.entry.category && <span class="category" title={t('category')} data-testid="category">{s.entry.category}</span>}
        {s.why.length > 0 && <span class="why" data-testid="why">{t('why')}: {s.why.slice(0, 6).join(' · ')}</span>}
      </div>
      <div class="actions">
        <button type="button" class="primary" data-testid="insert" title={t('insertTitle')} aria-keyshortcuts={index < 3 ? `Alt+${index + 1}` : undefined} onClick={onInsert}>{done === 'inserted' ? t('insertedShort') : t('insert')}</button>
        <button type="button" data-testid="edit" aria-expanded={selected} onClick={onEdit}>{t('edit')}</button>
        <button type="button" data-testid="copy" onClick={onCopy}>{done === 'copied' ? t('copiedShort') : t('copy')}</button>
        <span class="spacer" />
        <button type="button" class="icon" data-testid="thumbs-up" aria-label={t('thumbsUp')} title={t('thumbsUp')} aria-pressed={vote === true} onClick={() => onVote(true)}>👍</button>
        <button type="button" class="icon" data-testid="thumbs-down" aria-label={t('thumbsDown')} title={t('thumbsDown')} aria-pressed={vote === false} onClick={() => onVote(false)}>👎</button>
        <button type="button" class="icon" data-testid="report-wrong" aria-label={t('reportWrong')} title={t('reportWrong')} onClick={onReport}>⚑</button>
      </div>
      {children}
    </li>
  );
}
