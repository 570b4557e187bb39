import type { Ref } from 'preact';
import type { Translate } from '@/lib/i18n';

export function SearchBox({ value, onInput, t, inputRef }: { value: string; onInput: (v: string) => void; t: Translate; inputRef?: Ref<HTMLInputElement> }) {
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
        }}
      />
    </form>
  );
}
