import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/database';
import type { Translate } from '@/lib/i18n';

/** Reports undeliverable for a week: nothing was dropped, and the agent is told where to export them. */
export function ReportsAlert({ db, t }: { db: AppDB; t: Translate }) {
  const [failed, setFailed] = useState(0);
  useEffect(() => {
    const sub = liveQuery(() => db.gapReports.where('status').equals('failed').count()).subscribe({ next: setFailed });
    return () => sub.unsubscribe();
  }, [db]);
  if (!failed) return null;
  return (
    <p class="notice" role="alert" data-testid="reports-failed">
      {t('reportsFailed')} ({failed}){' '}
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('options')}</button>
    </p>
  );
}
