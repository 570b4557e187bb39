import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/sidepanel/App';
import { getDB } from '@/lib/db/database';
import { loadSettings } from '@/lib/ext/settings';
import { createT, pickLocale } from '@/lib/i18n';
import '@/components/styles.css';

const locale = pickLocale(navigator.language);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
const t = createT(locale);
const root = document.getElementById('app')!;

// Re-render when the agent changes their name in the options ({{agent}} in replies).
const show = () => void loadSettings().then((settings) => render(<App db={getDB()} t={t} agentName={settings.agentName} locale={locale} />, root));
show();
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.settings) show();
});
