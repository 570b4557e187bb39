import { browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/database';
import type { FeedRow, PackRow } from '@/lib/db/types';
import type { Translate } from '@/lib/i18n';
import { useLive } from '../useLive';

const when = (t?: number) => (t ? new Date(t).toLocaleString() : '—');

/**
 * Feed status in the panel: folded to one line when all is well, open when a feed failed (the agent keeps
 * working on the last good copy, and is told). Per feed: last success, last error, pack versions and sizes.
 */
export function FeedAlert({ db, t }: { db: AppDB; t: Translate }) {
  const feeds = useLive<FeedRow[]>(() => db.feeds.toArray(), [db], []);
  const packs = useLive<PackRow[]>(() => db.packs.toArray(), [db], []);
  if (!feeds.length) return null;
  const failing = feeds.filter((f) => !!f.lastError);
  return (
    <details class={failing.length ? 'notice' : 'feed-summary'} open={failing.length > 0} data-testid={failing.length ? 'feed-alert' : 'feed-summary'}>
      <summary>
        {failing.length ? <strong>{t('feedError')}</strong> : t('feeds')} <span class="muted">({feeds.length})</span>
      </summary>
      {feeds.map((f) => (
        <div key={f.url} class="muted" style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }} data-testid="panel-feed-status">
          <strong>{f.title ?? f.url}</strong> · {t('lastSuccess')}: {when(f.lastSuccessAt)}
          {f.lastError && <div class="error-text">{t('lastError')}: {f.lastError.split('\n')[0]}</div>}
          <div>
            {packs.filter((p) => p.source === `feed:${f.url}`).map((p) => `${p.title} v${p.version} · ${p.entryCount} ${t('entries')}`).join('；') || '—'}
          </div>
        </div>
      ))}
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('options')}</button>
    </details>
  );
}
