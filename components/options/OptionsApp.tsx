import { useEffect, useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import { loadSettings, saveSettings } from '@/lib/ext/settings';
import type { Translate } from '@/lib/i18n';
import { AnalyticsSection } from './AnalyticsSection';
import { ConsolesSection } from './ConsolesSection';
import { FeedsSection } from './FeedsSection';
import { LearnedSection } from './LearnedSection';
import { PacksSection } from './PacksSection';
import { ReportsSection } from './ReportsSection';

export function OptionsApp({ db, t, locale }: { db: AppDB; t: Translate; locale: string }) {
  const [agentName, setAgentName] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then((s) => setAgentName(s.agentName));
  }, []);
  return (
    <main class="options">
      <h1>{t('appName')} · {t('options')}</h1>
      <a href="/studio.html" target="_blank" rel="noopener" data-testid="open-studio">{navigator.language.toLowerCase().startsWith('zh') ? '知识包工作室（编写与发布知识）' : 'Pack studio (write and publish knowledge)'}</a>
      <section aria-labelledby="agent-heading">
        <h2 id="agent-heading">{t('agentSection')}</h2>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void saveSettings({ agentName }).then(() => setSaved(true));
          }}
        >
          <label for="agent-name">{t('agentName')}</label>
          <input id="agent-name" data-testid="agent-name" value={agentName} maxLength={60} onInput={(e) => { setSaved(false); setAgentName((e.target as HTMLInputElement).value); }} />
          <button type="submit" class="primary">{t('save')}</button>
          {saved && <span role="status">{t('saved')}</span>}
        </form>
        <p class="muted">{t('agentNameHelp')}</p>
      </section>
      <FeedsSection db={db} t={t} locale={locale} />
      <ConsolesSection t={t} locale={locale} />
      <PacksSection db={db} t={t} />
      <ReportsSection db={db} t={t} />
      <AnalyticsSection db={db} t={t} />
      <LearnedSection db={db} t={t} />
    </main>
  );
}
