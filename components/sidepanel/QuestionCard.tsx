import type { ConsoleSnapshot } from '@/lib/console/types';
import type { EmotionResult } from '@/lib/emotion';
import type { Locale, Translate } from '@/lib/i18n';
import { EmotionBadge, HighlightedQuestion } from './EmotionBadge';

export function QuestionCard({ snapshot, emotion, highlight, t, lang, earlier }: { snapshot: ConsoleSnapshot; emotion: EmotionResult | null; highlight: EmotionResult | null; t: Translate; lang: Locale; earlier?: boolean }) {
  const { context } = snapshot;
  const note =
    snapshot.nonText === 'image' ? t('nonTextImage') : snapshot.nonText === 'card' ? t('nonTextCard') : snapshot.formOnly ? t('formOnly') : null;
  return (
    <section class="question" aria-labelledby="question-heading">
      <h2 id="question-heading" class="section-title">
        {t('question')}
        <span class="console-name" title={t('console')}>
          {snapshot.consoleName}
        </span>
      </h2>
      {snapshot.question ? (
        <p class="question-text" data-testid="question" aria-live="polite">
          <HighlightedQuestion text={snapshot.question} emotion={highlight} />
        </p>
      ) : (
        <p class="question-text muted" data-testid="question-note" aria-live="polite">
          {note ?? t('noQuestion')}
        </p>
      )}
      {emotion && snapshot.question && <EmotionBadge emotion={emotion} t={t} lang={lang} earlier={earlier} />}
      {(context.buyer || context.order || context.product) && (
        <dl class="context" data-testid="context">
          {context.buyer && (<><dt>{t('buyer')}</dt><dd>{context.buyer}</dd></>)}
          {context.order && (<><dt>{t('order')}</dt><dd>{context.order}</dd></>)}
          {context.product && (<><dt>{t('product')}</dt><dd>{context.product}</dd></>)}
        </dl>
      )}
    </section>
  );
}
