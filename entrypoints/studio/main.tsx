import { render } from 'preact';
import { StudioApp } from '@/components/studio/StudioApp';
import { getDB } from '@/lib/db/database';
import { loadSettings } from '@/lib/ext/settings';
import { createT, pickLocale } from '@/lib/i18n';
import { StudioDB } from '@/lib/studio/db';
import { createStudioT } from '@/lib/studio/i18n';
import '@/components/styles.css';
import '@/components/studio/studio.css';

const locale = pickLocale(navigator.language);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
document.title = createStudioT(locale)('studio');
void loadSettings()
  .catch(() => ({ agentName: '' }))
  .then((settings) => {
    render(
      <StudioApp studioDb={new StudioDB()} agentDb={getDB()} locale={locale} t={createStudioT(locale)} pt={createT(locale)} agentName={settings.agentName} />,
      document.getElementById('app')!,
    );
  });
