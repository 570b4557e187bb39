import { useEffect, useState } from 'preact/hooks';
import { isSafePackId, setHeader } from '@/lib/studio/doc';
import { afterExport } from '@/lib/studio/export';
import type { StudioT } from '@/lib/studio/i18n';
import { readKeyFile, type SigningKeys } from '@/lib/studio/sign';
import type { StudioDoc } from '@/lib/studio/types';
import type { ExportPreview } from '@/lib/studio/workspace';
import { downloadBlob, downloadText } from '../download';
import { fieldA11y } from './Field';
import { chosenFile } from './files';
import type { StudioWorker } from './studio-worker-client';
import { usePauses } from './usePauses';

// Publishing: the pack's own fields, what the export will contain and how it differs from the previous
// version, then the download (and the signature when a key file is loaded: kept in memory only).

export function ExportPanel({ doc, worker, t, locale, change, settle, onSelect }: {
  doc: StudioDoc;
  worker: StudioWorker;
  t: StudioT;
  locale: 'zh' | 'en';
  change: (u: (d: StudioDoc) => StudioDoc, group?: string) => void;
  /** Not an undo step: an export cannot be taken back. */
  settle: (u: (d: StudioDoc) => StudioDoc) => void;
  onSelect: (uid: string) => void;
}) {
  const [keys, setKeys] = useState<SigningKeys | null>(null);
  const [keyError, setKeyError] = useState('');
  const [message, setMessage] = useState('');
  const pauses = usePauses(doc, 250);
  // Validating and diffing the whole pack happens in the worker (a big pack takes a while): the panel
  // shows the last preview until the new one is ready.
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [previewError, setPreviewError] = useState('');
  const [exportError, setExportError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void worker.exportPreview(Date.now(), locale).then(
      (p) => {
        if (!live || !p) return;
        setPreview(p);
        setPreviewError('');
      },
      (e: Error) => live && setPreviewError(e.message || String(e)),
    );
    return () => {
      live = false;
    };
  }, [pauses, locale]);
  const header = doc.header;
  const idBad = !isSafePackId(header.id.trim());

  async function exportNow() {
    setBusy(true);
    setExportError('');
    setMessage('');
    let done: Awaited<ReturnType<StudioWorker['exportNow']>>;
    try {
      done = await worker.exportNow(Date.now(), keys ?? undefined);
    } catch (e) {
      // Signing or building the file failed: say so, nothing was downloaded.
      return setExportError((e as Error).message || String(e));
    } finally {
      setBusy(false);
    }
    if (!done) return;
    if (!done.ok) return setExportError(done.errors.slice(0, 5).map((e) => (e.entryId ? `${e.entryId} ${e.path}: ${e.message}` : `${e.path}: ${e.message}`)).join('; '));
    const sig = done.sig;
    downloadBlob(done.fileName, done.blob);
    if (sig) downloadText(`${done.fileName}.sig`, sig, 'text/plain');
    // The worker keeps its own copy of the exported pack as the next diff base: it is not sent back.
    worker.adoptExport(done.pack);
    settle((d) => afterExport(d, done));
    setMessage(sig ? t('exportedSigned', { file: done.fileName, sig: `${done.fileName}.sig` }) : t('exported', { file: done.fileName, v: done.pack.version }));
  }

  const setH = (field: 'id' | 'title' | 'locale') => (e: Event) => change((d) => setHeader(d, { [field]: (e.currentTarget as HTMLInputElement).value }), `header:${field}`);

  return (
    <section class="export" aria-labelledby="export-h" data-testid="export-panel">
      <h2 id="export-h">{t('packSettings')}</h2>
      <div class="form-grid">
        <div class="field">
          <label for="pack-id">{t('packId')}</label>
          <input {...fieldA11y('pack-id', idBad ? [{ path: 'id', severity: 'error', code: 'invalid', message: '' }] : [], true)} data-testid="pack-id" value={header.id} onInput={setH('id')} />
          <span id="pack-id-help" class="muted">{t('packIdHelp')}</span>
          {idBad && <span id="pack-id-msg" class="field-error">{t('pr_invalid')}</span>}
        </div>
        <div class="field">
          <label for="pack-title">{t('packTitleLabel')}</label>
          <input id="pack-title" data-testid="pack-title" value={header.title} onInput={setH('title')} />
        </div>
        <div class="field">
          <label for="pack-locale">{t('packLocale')}</label>
          <input id="pack-locale" data-testid="pack-locale" value={header.locale} onInput={setH('locale')} />
        </div>
      </div>

      {previewError && <p class="notice error" role="alert" data-testid="preview-error">{t('previewFailed', { error: previewError })}</p>}
      {!preview ? (
        !previewError && <p class="muted" aria-busy="true">…</p>
      ) : preview.ok ? (
        <>
          <p data-testid="export-summary">
            {t('exportSummary', { published: preview.published, kept: preview.kept, draft: preview.leftOut.draft, review: preview.leftOut.review })}
          </p>
          <p><strong data-testid="next-version">{t('nextVersion', { v: preview.version })}</strong></p>
          <h3 class="section-title">{t('changes')}</h3>
          <pre class="diff" data-testid="export-diff">{preview.diffText || t('noChanges')}</pre>
          {preview.entryCount === 0 && <p class="notice">{t('exportNothing')}</p>}
        </>
      ) : (
        <div class="notice error" role="alert" data-testid="export-errors">
          <p>{t('exportFailed')}</p>
          <ul>
            {preview.errors.map((e, i) => (
              <li key={i}>
                {e.uid ? <button type="button" class="link" onClick={() => onSelect(e.uid!)}>{e.entryId || e.uid}</button> : null} {e.path}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div class="field">
        <label for="key-file">{t('keyFile')}</label>
        <input
          id="key-file"
          type="file"
          accept=".json,application/json"
          data-testid="key-file"
          onChange={async (e) => {
            const f = await chosenFile(e);
            if (!f) return;
            const r = await readKeyFile(f.text);
            if (r.ok) {
              setKeys(r.keys);
              setKeyError('');
            } else {
              setKeys(null);
              setKeyError(t(r.error === 'not-json' ? 'keyNotJson' : r.error === 'mismatch' ? 'keyMismatch' : 'keyNotKeyFile'));
            }
          }}
        />
        {keys && (
          <span class="status status-ok" data-testid="key-loaded">
            {t('keyLoaded')} <button type="button" class="link" onClick={() => setKeys(null)}>{t('forgetKey')}</button>
          </span>
        )}
        {keyError && <span class="field-error" role="alert">{keyError}</span>}
      </div>
      <button type="button" class="primary" data-testid="export" disabled={busy || !preview?.ok || preview.entryCount === 0} onClick={() => void exportNow()}>
        {t('exportButton')}
      </button>
      {exportError && <p class="notice error" role="alert" data-testid="export-error">{t('exportError', { error: exportError })}</p>}
      {message && <p class="status status-ok" role="status" data-testid="export-message">{message}</p>}
    </section>
  );
}
