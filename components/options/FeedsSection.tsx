import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/database';
import { rollbackPack } from '@/lib/db/packs';
import type { FeedRow, PackRow } from '@/lib/db/types';
import { sendMessage } from '@/lib/ext/messaging';
import { checkFeedUrl } from '@/lib/feed/schema';
import { isLoopbackHost } from '@/lib/feed/url';
import type { Translate } from '@/lib/i18n';
import { addFeed } from '@/lib/sync/sync-feed';
import { useLive } from '../useLive';

const when = (t: number | undefined, locale: string) => (t ? new Date(t).toLocaleString(locale) : '—');

/**
 * Host permission pattern of a feed, for hosts that do not allow CORS. No port: Firefox match patterns
 * cannot carry one, and Chrome's port-less pattern covers every port. A subset of the manifest's
 * optional host permissions (https://*, http://127.0.0.1, http://localhost).
 */
export const originPattern = (url: string) => {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
};

/** Loopback feeds are a team lead trying `kbpack serve`, which sends CORS headers: no prompt for those. */
const isLoopback = (url: string) => isLoopbackHost(new URL(url).hostname);

type Permission = 'not-needed' | 'granted' | 'denied';

/**
 * Ask for the feed's origin. Must be called synchronously from the click, before any await: Firefox only
 * shows the prompt inside the user-input handler itself. An origin already granted resolves without a prompt.
 */
function askOriginPermission(url: string): Promise<Permission> {
  if (isLoopback(url)) return Promise.resolve('not-needed');
  try {
    return browser.permissions.request({ origins: [originPattern(url)] }).then(
      (granted) => (granted ? 'granted' : 'denied'),
      () => 'denied' as const,
    );
  } catch {
    return Promise.resolve('denied');
  }
}

async function hasOriginPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

export function FeedsSection({ db, t, locale }: { db: AppDB; t: Translate; locale: string }) {
  const feeds = useLive<FeedRow[]>(() => db.feeds.toArray(), [db], []);
  const packs = useLive<PackRow[]>(() => db.packs.toArray(), [db], []);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [needsPermission, setNeedsPermission] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function sync(feedUrl: string, permission?: Permission) {
    setBusy(feedUrl);
    try {
      const [r] = await sendMessage('feeds/sync', { url: feedUrl });
      // Offer "Allow access" when the host could not be read and the extension may not read it on its own.
      const unreadable = !!r && !r.ok && r.errors.some((e) => /could not be reached/.test(e));
      const offer = r?.ok ? false : permission === 'denied' || (unreadable && !isLoopback(feedUrl) && !(await hasOriginPermission(feedUrl)));
      setNeedsPermission(offer ? feedUrl : null);
      return r;
    } finally {
      setBusy(null);
    }
  }

  function add(e: Event) {
    e.preventDefault();
    const checked = checkFeedUrl(url);
    if (!checked.ok) return setMessage({ kind: 'error', text: checked.error });
    // The prompt first, while the click still counts as a user gesture; the feed is added either way
    // (a host that allows CORS syncs without the permission).
    const permission = askOriginPermission(checked.url);
    void (async () => {
      const answer = await permission;
      await addFeed(db, checked.url);
      setUrl('');
      const r = await sync(checked.url, answer);
      setMessage(r?.ok ? { kind: 'ok', text: t('feedAdded') } : { kind: 'error', text: r?.errors.join('\n') ?? t('feedAdded') });
    })();
  }

  async function rollback(packId: string) {
    const r = await rollbackPack(db, packId);
    setMessage(r.ok ? { kind: 'ok', text: `${t('rollback')}: v${r.from} → v${r.to}` } : { kind: 'error', text: r.error });
  }

  function grant(feedUrl: string) {
    // Straight from the click, no await before it: browsers only show the prompt during a user gesture.
    void askOriginPermission(feedUrl).then(async (answer) => {
      if (answer === 'granted') await sync(feedUrl, answer);
    });
  }

  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">{t('feeds')}</h2>
      <p class="muted">{t('feedsHelp')}</p>
      <form class="row" onSubmit={(e) => add(e)}>
        <label for="feed-url" class="visually-hidden">{t('feedUrl')}</label>
        <input id="feed-url" data-testid="feed-url" type="url" placeholder="https://…/index.json" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        <button type="submit" class="primary" data-testid="add-feed">{t('addFeed')}</button>
      </form>
      {message && <p class={`status status-${message.kind}`} role="status" data-testid="feed-message">{message.text}</p>}
      {needsPermission && (
        <p class="notice" data-testid="feed-permission">
          {t('feedNeedsPermission', { origin: new URL(needsPermission).origin })}{' '}
          <button type="button" data-testid="grant-feed-access" onClick={() => grant(needsPermission)}>{t('allowAccess')}</button>
        </p>
      )}
      <ul class="feeds">
        {feeds.map((f) => {
          const feedPacks = packs.filter((p) => p.source === `feed:${f.url}`);
          return (
            <li key={f.url} class="feed" data-feed-url={f.url}>
              <div class="row">
                <strong>{f.title ?? f.url}</strong>
                {f.managed === 1 && <span class="badge">{t('managed')}</span>}
                <button type="button" data-testid="sync-now" disabled={busy === f.url} onClick={() => void sync(f.url)}>
                  {busy === f.url ? t('syncing') : t('syncNow')}
                </button>
                {f.managed !== 1 && (
                  <button type="button" onClick={() => void sendMessage('feeds/remove', { url: f.url })}>{t('removeFeed')}</button>
                )}
              </div>
              <div class="muted">{f.url}</div>
              <dl class="context" data-testid="feed-status" data-ok={f.lastError ? 'false' : f.lastSuccessAt ? 'true' : 'pending'}>
                <dt>{t('lastSuccess')}</dt>
                <dd>{when(f.lastSuccessAt, locale)}</dd>
                {f.lastError && (
                  <>
                    <dt>{t('lastError')}</dt>
                    <dd class="error-text" style={{ whiteSpace: 'pre-wrap' }}>{f.lastError}</dd>
                    <dt>{t('nextTry')}</dt>
                    <dd>{when(f.nextAttemptAt, locale)}</dd>
                  </>
                )}
                <dt>{t('packs')}</dt>
                <dd>
                  {feedPacks.length === 0 ? '—' : feedPacks.map((p) => (
                    <span key={p.id} class="feed-pack">
                      {p.title} v{p.version} · {p.entryCount} {t('entries')}{' '}
                      <button type="button" class="link" onClick={() => void rollback(p.id)} title={t('rollbackHelp')}>{t('rollback')}</button>
                    </span>
                  ))}
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
