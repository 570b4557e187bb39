import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import { loadPack } from '@/lib/db/packs';
import type { PackRow } from '@/lib/db/types';
import { deleteDoc, type StudioDB } from '@/lib/studio/db';
import { docFromPack, isSafePackId, newDoc } from '@/lib/studio/doc';
import type { StudioT } from '@/lib/studio/i18n';
import type { StudioDoc } from '@/lib/studio/types';
import { chosenFile } from './files';
import type { StudioWorker } from './studio-worker-client';
import type { DocSummary } from './worker-protocol';

// Where the studio starts: a new pack, a file, a copy of a pack installed in this browser, or a draft
// left from before.

export function StartScreen({ studioDb, agentDb, worker, t, locale, onOpen }: { studioDb: StudioDB; agentDb: AppDB; worker: StudioWorker; t: StudioT; locale: 'zh' | 'en'; onOpen: (d: StudioDoc) => void }) {
  const [installed, setInstalled] = useState<PackRow[]>([]);
  const [recent, setRecent] = useState<DocSummary[]>([]);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState('');
  const [id, setId] = useState('');
  const [title, setTitle] = useState('');
  const [packLocale, setPackLocale] = useState(locale === 'zh' ? 'zh-CN' : 'en');

  const refresh = () =>
    // The worker reads the stored drafts (a big one is not cloned on the page) and sends their headers.
    void worker
      .listDocs()
      .then(setRecent)
      .catch(() => setRecent([]));
  useEffect(() => {
    refresh();
    // Live: on a fresh install the bundled packs arrive a moment after the page opens.
    const sub = liveQuery(() => agentDb.packs.toArray()).subscribe({ next: setInstalled, error: () => setInstalled([]) });
    return () => sub.unsubscribe();
  }, []);

  const idProblem = id.trim() !== '' && !isSafePackId(id.trim());
  const uniqueKey = () => `doc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

  async function openInstalled(packId: string) {
    const pack = await loadPack(agentDb, packId).catch(() => undefined);
    if (!pack) return setError(`${packId}?`);
    onOpen(docFromPack(pack, { kind: 'installed', packId }, Date.now(), uniqueKey()));
  }

  return (
    <main class="studio-start" data-testid="studio-start">
      <h1>{t('studio')}</h1>
      {error && <p class="notice error" role="alert" data-testid="open-error">{error}</p>}
      <div class="start-grid">
        <section aria-labelledby="new-pack-h" class="card">
          <h2 id="new-pack-h">{t('newPack')}</h2>
          <form
            class="stack"
            onSubmit={(e) => {
              e.preventDefault();
              if (idProblem) return;
              onOpen(newDoc({ id: id.trim(), title: title.trim(), locale: packLocale }, Date.now(), uniqueKey()));
            }}
          >
            <label for="np-id">{t('packId')}</label>
            <input id="np-id" data-testid="new-pack-id" value={id} required aria-describedby="np-id-help np-id-error" aria-invalid={idProblem ? true : undefined} onInput={(e) => setId(e.currentTarget.value)} />
            <span id="np-id-help" class="muted">{t('packIdHelp')}</span>
            <span id="np-id-error" class="field-error" aria-live="polite">{idProblem ? t('pr_invalid') : ''}</span>
            <label for="np-title">{t('packTitleLabel')}</label>
            <input id="np-title" data-testid="new-pack-title" value={title} required onInput={(e) => setTitle(e.currentTarget.value)} />
            <label for="np-locale">{t('packLocale')}</label>
            <select id="np-locale" data-testid="new-pack-locale" value={packLocale} onChange={(e) => setPackLocale(e.currentTarget.value)}>
              <option value="zh-CN">中文 (zh-CN)</option>
              <option value="en">English (en)</option>
            </select>
            <button type="submit" class="primary" data-testid="create-pack">{t('create')}</button>
          </form>
        </section>
        <section aria-labelledby="open-file-h" class="card">
          <h2 id="open-file-h">{t('openFile')}</h2>
          <input
            type="file"
            accept=".json,.csv,.tsv,.txt,application/json,text/csv"
            data-testid="open-file"
            aria-labelledby="open-file-h"
            onChange={async (e) => {
              const f = await chosenFile(e);
              if (!f) return;
              // Parsed and checked in the worker: a 50,000-entry file takes a while, and the page stays live.
              setOpening(true);
              const r = await worker.openFile(f.name, f.text, Date.now(), uniqueKey()).catch((err: Error) => ({ error: err.message }));
              setOpening(false);
              if ('doc' in r) onOpen(r.doc);
              else setError(r.error);
            }}
          />
          {opening && <p class="muted" role="status" aria-busy="true" data-testid="opening">…</p>}
          <h2 id="installed-h">{t('openInstalled')}</h2>
          {installed.length === 0 ? (
            <p class="muted">{t('noInstalled')}</p>
          ) : (
            <ul class="plain-list" aria-labelledby="installed-h">
              {installed.map((p) => (
                <li key={p.id}>
                  <button type="button" data-testid="open-installed" data-pack-id={p.id} onClick={() => void openInstalled(p.id)}>
                    {p.title} · {p.version}
                  </button>{' '}
                  <span class="muted">{t('entriesCount', { n: p.entryCount })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="recent-h" class="card">
          <h2 id="recent-h">{t('recent')}</h2>
          {recent.length === 0 ? (
            <p class="muted">{t('noRecent')}</p>
          ) : (
            <ul class="plain-list">
              {recent.map((d) => (
                <li key={d.key} data-testid="recent-doc" data-doc-key={d.key}>
                  <button
                    type="button"
                    onClick={async () => {
                      const doc = await worker.loadDoc(d.key).catch(() => null);
                      if (doc) onOpen(doc);
                      else setError(`${d.title}?`);
                    }}
                  >
                    {d.title}
                  </button>{' '}
                  <span class="muted">{d.id} · {t('entriesCount', { n: d.entries })} · {new Date(d.updatedAt).toLocaleString()}</span>{' '}
                  <button
                    type="button"
                    class="link"
                    onClick={() => {
                      if (confirm(t('confirmRemoveDoc', { title: d.title }))) void deleteDoc(studioDb, d.key).then(refresh);
                    }}
                  >
                    {t('remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}
