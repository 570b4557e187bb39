import { render } from 'preact';
import { App } from '@/components/sidepanel/App';
import { getDB } from '@/lib/db/database';
import { loadSettings } from '@/lib/ext/settings';
import { createT, pickLocale } from '@/lib/i18n';
import '@/components/styles.css';

const locale = pickLocale(navigator.language);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
void loadSettings().then((settings) => {
  render(<App db={getDB()} t={createT(locale)} agentName={settings.agentName} />, document.getElementById('app')!);
});
