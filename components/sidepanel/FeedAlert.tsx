import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/database';
import type { FeedRow } from '@/lib/db/types';
import type { Translate } from '@/lib/i18n';

/** A feed whose last sync failed: the agent keeps working on the last good copy, and is told. */
export function FeedAlert({ db, t }: { db: AppDB; t: Translate }) {
  const [failing, setFailing] = useState<FeedRow[]>([]);
  useEffect(() => {
    const sub = liveQuery(() => db.feeds.filter((f) => !!f.lastError).toArray()).subscribe({ next: setFailing });
    return () => sub.unsubscribe();
  }, [db]);
  if (!failing.length) return null;
  return (
    <div class="notice" role="status" data-testid="feed-alert">
      <strong>{t('feedError')}</strong>
      {failing.map((f) => (
        <p key={f.url} class="muted" style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
          {f.title ?? f.url}: {f.lastError?.split('\n')[0]}
        </p>
      ))}
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('options')}
      </button>
    </div>
  );
}
