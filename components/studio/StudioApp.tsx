import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import type { Translate } from '@/lib/i18n';
import { sampleValues } from '@/lib/studio/answer';
import type { StudioDB } from '@/lib/studio/db';
import { addEntry, entriesFromFile, entryByUid, importEntries, removeEntries, updateEntry } from '@/lib/studio/doc';
import type { EntryFilter, FilterContext } from '@/lib/studio/filter';
import type { Overview } from '@/lib/studio/overview';
import type { StudioT } from '@/lib/studio/i18n';
import { usageByEntry, type EntryUse } from '@/lib/studio/usage';
import { BulkBar } from './BulkBar';
import { Dashboard } from './Dashboard';
import { DuplicatesPanel } from './DuplicatesPanel';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';
import { ExportPanel } from './ExportPanel';
import { chosenFile } from './files';
import { GapsPanel } from './GapsPanel';
import { StartScreen } from './StartScreen';
import { StudioWorker, type WorkerFailed } from './studio-worker-client';
import { TryPanel } from './TryPanel';
import { usePauses } from './usePauses';
import { useStudio, type Studio } from './useStudio';

interface Props {
  studioDb: StudioDB;
  agentDb: AppDB;
  locale: 'zh' | 'en';
  t: StudioT;
  /** The panel's strings, for the panel components shown here (emotion badge). */
  pt: Translate;
  agentName: string;
}

export function StudioApp(props: Props) {
  // One worker for the page's life: the heavy work on the whole pack runs there (see studio.worker.ts).
  const [worker] = useState(() => new StudioWorker());
  useEffect(() => () => worker.terminate(), [worker]);
  const studio = useStudio(props.studioDb, worker);
  // A worker that cannot load or crashed: its requests fail at once (no endless "…"), and the page says why.
  const [failed, setFailed] = useState<WorkerFailed | null>(worker.failed);
  useEffect(() => worker.onFailure(setFailed), [worker]);
  const alert = failed && <p class="notice error" role="alert" data-testid="worker-failed">{props.t('workerFailed', { error: failed.message })}</p>;
  if (!studio.loaded) return <>{alert}<p class="muted studio-loading">…</p></>;
  if (!studio.doc) return <>{alert}<StartScreen studioDb={props.studioDb} agentDb={props.agentDb} worker={worker} t={props.t} locale={props.locale} onOpen={studio.open} /></>;
  return <>{alert}<Editor {...props} studio={studio} worker={worker} /></>;
}

type Tab = 'try' | 'gaps' | 'dup' | 'export';
const tabs: Tab[] = ['try', 'gaps', 'dup', 'export'];
const USAGE_TYPES = ['inserted', 'copied', 'thumbs-up', 'thumbs-down'];
const isTextField = (el: Element | null) => !!el && (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || (el as HTMLElement).isContentEditable);

function Editor({ studio, worker, agentDb, locale, t, pt, agentName }: Props & { studio: Studio; worker: StudioWorker }) {
  const doc = studio.doc!;
  const [selected, setSelected] = useState<string | null>(doc.entries[0]?.uid ?? null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [filter, setFilter] = useState<EntryFilter>({});
  const [tab, setTab] = useState<Tab>('try');
  const [notice, setNotice] = useState('');
  const [now, setNow] = useState(Date.now());
  const [usage, setUsage] = useState<Map<string, EntryUse> | null>(null);

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);

  // Usage of this pack by the agents in this browser (only when the pack is installed here).
  useEffect(() => {
    let live = true;
    void (async () => {
      const installed = await agentDb.packs.get(doc.header.id).catch(() => undefined);
      if (!live) return;
      // Not installed here: the worker must drop the usage of the pack open before too.
      if (!installed) {
        worker.setUsage(null);
        return setUsage(null);
      }
      const events = await agentDb.events.where('type').anyOf(USAGE_TYPES).toArray().catch(() => []);
      if (!live) return;
      const u = usageByEntry(events, doc.header.id);
      worker.setUsage(u);
      setUsage(u);
    })();
    return () => {
      live = false;
    };
  }, [doc.header.id]);

  const ctx: FilterContext = useMemo(() => ({ now, usage, synonyms: doc.synonyms }), [now, usage, doc.synonyms]);
  // Whole-pack work (search index, duplicate checks, counts, validation) happens in the worker when typing
  // pauses; the page asks again for the entries as they are then. A count of the pauses, not the entries
  // of the last one: an undo can bring those very entries back after the worker answered for newer ones
  // (see usePauses).
  const pauses = usePauses(doc.entries, 300);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [overviewError, setOverviewError] = useState('');
  useEffect(() => {
    let live = true;
    void worker.overview(now).then(
      (o) => {
        if (!live || !o) return;
        setOverview(o);
        setOverviewError('');
      },
      (e: Error) => live && setOverviewError(e.message || String(e)),
    );
    return () => {
      live = false;
    };
  }, [pauses, now, usage]);
  const samples = useMemo(() => sampleValues(locale, agentName), [locale, agentName]);
  const entry = entryByUid(doc, selected);

  const select = (uid: string) => {
    setSelected(uid);
    // The title is focused a frame later (the form is rendered by then), but only if the focus is still
    // where it was (or fell to the page, its button gone with the re-render): a team lead who already
    // went on to another field must not have the next keystrokes land in the title instead (a Delete
    // meant for the tags would leave them as they were, and the next export would still carry them).
    const from = document.activeElement;
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (now !== from && now && now !== document.body) return;
      document.querySelector<HTMLInputElement>('[data-testid="entry-title"]')?.focus();
    });
  };
  const newEntry = () => {
    const r = addEntry(doc);
    studio.change(() => r.doc);
    select(r.uid);
  };

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside text fields (inside them the browser's own undo applies).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTextField(document.activeElement)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        studio.undo();
      } else if ((k === 'z' && e.shiftKey) || k === 'y') {
        e.preventDefault();
        studio.redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = tabs[(tabs.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
    setTab(next);
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };
  const tabLabel: Record<Tab, string> = { try: t('tabTry'), gaps: t('tabGaps', { n: doc.gaps.length }), dup: t('tabDuplicates'), export: t('tabExport') };
  const saveText = studio.save.state === 'error' ? t('saveFailed', { error: studio.save.error }) : t(studio.save.state === 'saving' ? 'saving' : 'saved');

  return (
    <div class="studio">
      <header class="studio-head">
        <button type="button" class="link" data-testid="back-to-packs" onClick={() => void studio.close()}>← {t('backToPacks')}</button>
        <h1>
          {t('studio')} · <span data-testid="doc-title">{doc.header.title}</span>
        </h1>
        <span class="muted" data-testid="doc-version">{doc.header.version ? t('version', { v: doc.header.version }) : t('unversioned')}</span>
        <span class="spacer" />
        <span class={`save-state save-${studio.save.state}`} role="status" data-testid="save-state" data-state={studio.save.state}>{saveText}</span>
        <button type="button" data-testid="undo" disabled={!studio.canUndo} title={t('undoHint')} aria-keyshortcuts="Control+Z" onClick={studio.undo}>↶ {t('undo')}</button>
        <button type="button" data-testid="redo" disabled={!studio.canRedo} aria-keyshortcuts="Control+Shift+Z" onClick={studio.redo}>↷ {t('redo')}</button>
      </header>
      <Dashboard entries={doc.entries} overview={overview} usageKnown={usage !== null} t={t} setFilter={setFilter} failed={!!overviewError} />
      {overviewError && <p class="notice error" role="alert" data-testid="overview-error">{t('overviewFailed', { error: overviewError })}</p>}
      {notice && <p class="status status-ok studio-notice" role="status" data-testid="notice">{notice}</p>}
      <div class="studio-main">
        <aside class="col-browse">
          <div class="row">
            <button type="button" class="primary" data-testid="new-entry" onClick={newEntry}>+ {t('newEntry')}</button>
            <label class="file-button">
              <span>{t('importEntries')}</span>
              <input
                type="file"
                accept=".csv,.json,.tsv,.txt,text/csv,application/json"
                data-testid="import-entries"
                onChange={async (e) => {
                  const f = await chosenFile(e);
                  if (!f) return;
                  const r = entriesFromFile(f.name, f.text);
                  if (!r.ok) return setNotice(r.error);
                  const merged = importEntries(doc, r.entries);
                  studio.change(() => merged.doc);
                  setNotice(t('imported', { added: merged.added, updated: merged.updated, unchanged: merged.unchanged }));
                }}
              />
            </label>
          </div>
          <BulkBar doc={doc} checked={checked} clear={() => setChecked(new Set())} change={(u) => studio.change(u)} now={now} t={t} notify={setNotice} />
          <EntryList entries={doc.entries} settled={pauses} overview={overview} worker={worker} filter={filter} setFilter={setFilter} ctx={ctx} selected={selected} onSelect={select} checked={checked} setChecked={setChecked} t={t} />
        </aside>
        <section class="col-edit" aria-label={entry?.title || t('noSelection')}>
          {entry ? (
            <EntryForm
              key={entry.uid}
              doc={doc}
              entry={entry}
              settled={pauses}
              overview={overview}
              worker={worker}
              t={t}
              samples={samples}
              now={now}
              onChange={(patch, group) => studio.change((d) => updateEntry(d, entry.uid, patch), group)}
              onSeal={studio.seal}
              onSelect={select}
              onDelete={() => {
                studio.change((d) => removeEntries(d, new Set([entry.uid])));
                setSelected(null);
              }}
            />
          ) : (
            <p class="muted">{t('noSelection')}</p>
          )}
        </section>
        <aside class="col-tools" aria-label={t('tools')}>
          <div role="tablist" class="tabs" aria-label={t('tools')}>
            {tabs.map((k) => (
              <button key={k} type="button" role="tab" id={`tab-${k}`} data-testid={`tab-${k}`} aria-selected={tab === k} aria-controls={`panel-${k}`} tabIndex={tab === k ? 0 : -1} onClick={() => setTab(k)} onKeyDown={onTabKey}>
                {tabLabel[k]}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tab-panel">
            {tab === 'try' && <TryPanel doc={doc} worker={worker} t={t} pt={pt} samples={samples} onEdit={(id) => { const e = doc.entries.find((x) => x.id === id); if (e) select(e.uid); }} />}
            {tab === 'gaps' && <GapsPanel doc={doc} t={t} change={(u) => studio.change(u)} onAnswered={select} />}
            {tab === 'dup' && <DuplicatesPanel doc={doc} worker={worker} t={t} onSelect={select} />}
            {tab === 'export' && <ExportPanel doc={doc} worker={worker} t={t} locale={locale} change={studio.change} settle={studio.settle} onSelect={select} />}
          </div>
        </aside>
      </div>
    </div>
  );
}
