import { useRef } from 'preact/hooks';
import { FilledText } from '../FilledText';
import { fillVariables, knownVariables, type VariableValues } from '@/lib/pack/variables';
import { insertVariable } from '@/lib/studio/answer';
import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import type { Problem } from '@/lib/studio/validate';
import { fieldA11y, Problems } from './Field';

// The answer with {{variable}} buttons (inserted at the caret) and a preview filled with sample values,
// marked the way the panel marks filled and missing variables.

export function AnswerField({ id, value, problems, samples, onChange, onBlur, t }: {
  id: string;
  value: string;
  problems: Problem[];
  samples: VariableValues;
  onChange: (v: string, group: string) => void;
  onBlur: () => void;
  t: StudioT;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const preview = fillVariables(value, samples);
  return (
    <div class="field">
      <label for={id}>{t('answer')}</label>
      <div class="var-buttons" role="group" aria-label={t('insertVariable')}>
        {knownVariables.map((v) => (
          <button
            key={v}
            type="button"
            class="chip"
            data-testid={`insert-var-${v}`}
            title={`{{${v}}}`}
            onMouseDown={(e) => e.preventDefault() /* keep the caret in the answer */}
            onClick={() => {
              const el = area.current;
              const r = insertVariable(value, el?.selectionStart ?? value.length, el?.selectionEnd ?? value.length, v);
              onChange(r.text, 'var');
              requestAnimationFrame(() => {
                el?.focus();
                el?.setSelectionRange(r.caret, r.caret);
              });
            }}
          >
            {`{{${v}}}`} {t(`var_${v}` as StudioKey)}
          </button>
        ))}
      </div>
      <textarea ref={area} {...fieldA11y(id, problems)} data-testid="answer" rows={4} value={value} onInput={(e) => onChange(e.currentTarget.value, 'answer')} onBlur={onBlur} />
      <Problems id={id} problems={problems} t={t} />
      <div class="preview" aria-label={t('preview')} data-testid="answer-preview">
        <span class="part-label">{t('preview')}</span>
        <p class="answer"><FilledText parts={preview.parts} /></p>
      </div>
    </div>
  );
}
