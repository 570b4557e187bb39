import { browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/database';
import type { Translate } from '@/lib/i18n';
import { useLive } from '../useLive';

/** Reports undeliverable for a week: nothing was dropped, and the agent is told where to export them. */
export function ReportsAlert({ db, t }: { db: AppDB; t: Translate }) {
  const failed = useLive(() => db.gapReports.where('status').equals('failed').count(), [db], 0);
  if (!failed) return null;
  return (
    <p class="notice" role="alert" data-testid="reports-failed">
      {t('reportsFailed')} ({failed}){' '}
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('options')}</button>
    </p>
  );
}
