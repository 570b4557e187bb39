import type { EmotionResult } from '@/lib/emotion';
import type { Locale, MessageKey, Translate } from '@/lib/i18n';
import { reasonIn } from '@/lib/panel/emotion-text';

/** The buyer's main emotion and urgency, with why (the evidence is also highlighted in the question). */
/** `earlier`: the feeling comes only from earlier messages (the current one is calm). `lang`: the UI language the reasons are shown in (the detector writes them in the buyer's); as written when not given. */
export function EmotionBadge({ emotion, t, lang, earlier }: { emotion: EmotionResult; t: Translate; lang?: Locale; earlier?: boolean }) {
  const reasons = emotion.urgencyReasons.map((r) => (lang ? reasonIn(r, lang) : r));
  const label = t(`emo_${emotion.main}` as MessageKey);
  const evidence = emotion.emotions.flatMap((e) => e.evidence.map((x) => x.text)).filter(Boolean);
  return (
    // polite: a screen reader hears a new buyer's mood and urgency once the agent's current sentence is read
    <div class="emotion-line" role="status" aria-live="polite" aria-atomic="true">
      <span class={`badge emo emo-${emotion.main}`} data-testid="emotion" data-emotion={emotion.main} title={evidence.join(' · ')}>
        {t('emotion')}: {label}
      </span>
      {earlier && <span class="badge badge-earlier" data-testid="emotion-earlier" title={t('fromEarlierTitle')}>{t('fromEarlier')}</span>}
      <span class={`badge urgency urgency-${emotion.urgency}`} data-testid="urgency" data-urgency={emotion.urgency} title={reasons.join('; ')}>
        {t(`urg_${emotion.urgency}` as MessageKey)}
      </span>
      {reasons.length > 0 && <span class="muted" data-testid="urgency-reasons">{reasons.slice(0, 2).join(' · ')}</span>}
      {/* the rest are in the tooltip for the mouse; a keyboard or screen-reader user gets them here */}
      {reasons.length > 2 && <span class="visually-hidden"> · {reasons.slice(2).join(' · ')}</span>}
    </div>
  );
}

/** Question text with the emotion evidence highlighted (offsets into the original message). */
export function HighlightedQuestion({ text, emotion }: { text: string; emotion: EmotionResult | null }) {
  const spans = (emotion?.emotions ?? [])
    .flatMap((e) => e.evidence.map((x) => ({ ...x, label: e.label })))
    .filter((x) => x.start >= 0 && x.end > x.start && x.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const out: (string | { text: string; label: string })[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push({ text: text.slice(s.start, s.end), label: s.label });
    at = s.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out.map((p, i) => (typeof p === 'string' ? p : <mark key={i} class={`evidence emo-${p.label}`}>{p.text}</mark>))}</>;
}
