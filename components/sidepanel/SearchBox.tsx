import type { Ref } from 'preact';
import type { Translate } from '@/lib/i18n';

/** `onEnter`: Enter goes on to the results (the list updates as the agent types, so Enter has nothing to submit). */
export function SearchBox({ value, onInput, t, inputRef, onEnter }: { value: string; onInput: (v: string) => void; t: Translate; inputRef?: Ref<HTMLInputElement>; onEnter?: () => void }) {
  return (
    <form class="search" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="visually-hidden" for="kb-search">
        {t('searchLabel')}
      </label>
      <input
        id="kb-search"
        ref={inputRef}
        type="search"
        data-testid="search"
        value={value}
        placeholder={t('searchPlaceholder')}
        autocomplete="off"
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onInput('');
          if (e.key === 'Enter' && !e.isComposing && onEnter) {
            e.preventDefault();
            onEnter();
          }
        }}
      />
    </form>
  );
}
