import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { getDB } from '@/lib/db/database';
import { createT, pickLocale } from '@/lib/i18n';
import '@/components/styles.css';

const locale = pickLocale(navigator.language);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
render(<OptionsApp db={getDB()} t={createT(locale)} locale={navigator.language} />, document.getElementById('app')!);
