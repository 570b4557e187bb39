import { useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import { applyPack, setPackEnabled } from '@/lib/db/packs';
import type { PackRow } from '@/lib/db/types';
import { pickLocale, type Translate } from '@/lib/i18n';
import { describeErrors, parsePackText } from '@/lib/pack/schema';
import { createStudioT } from '@/lib/studio/i18n';
import { useLive } from '../useLive';

const st = createStudioT(pickLocale(navigator.language));

/** A pack file chosen by the agent (e.g. exported from the studio): checked like a feed pack, then applied. */
async function importPackFile(db: AppDB, file: File): Promise<{ ok: boolean; text: string }> {
  const r = parsePackText(await file.text());
  if (!r.ok) return { ok: false, text: st('importPackFailed', { file: file.name, errors: describeErrors(r.errors, 8) }) };
  await applyPack(db, r.pack, 'file');
  return { ok: true, text: st('importPackDone', { title: r.pack.title, version: r.pack.version, n: r.pack.entries.length }) };
}

export function PacksSection({ db, t }: { db: AppDB; t: Translate }) {
  const packs = useLive<PackRow[]>(() => db.packs.toArray(), [db], []);
  const [imported, setImported] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packs')}</h2>
      <table class="packs" data-testid="packs">
        <thead>
          <tr><th>{t('packTitle')}</th><th>{t('packVersion')}</th><th>{t('packEntries')}</th><th>{t('packSource')}</th><th>{t('packEnabled')}</th></tr>
        </thead>
        <tbody>
          {packs.map((p) => (
            <tr key={p.id} data-pack-id={p.id}>
              <td>{p.title}</td>
              <td>{p.version}</td>
              <td>{p.entryCount}</td>
              <td>{p.source === 'bundled' ? t('sourceBundled') : p.source}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t('packEnabled')}: ${p.title}`}
                  checked={p.enabled === 1}
                  onChange={(e) => void setPackEnabled(db, p.id, (e.target as HTMLInputElement).checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row">
        <label for="import-pack">{st('importPack')}</label>
        <input
          id="import-pack"
          type="file"
          accept=".json,application/json"
          data-testid="import-pack"
          aria-describedby="import-pack-help"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setImported(await importPackFile(db, file).catch((err: unknown) => ({ ok: false, text: String(err) })));
            input.value = '';
          }}
        />
      </div>
      <p id="import-pack-help" class="muted">{st('importPackHelp')}</p>
      {imported && (
        <p class={`status status-${imported.ok ? 'ok' : 'error'}`} role="status" data-testid="import-pack-status" data-ok={String(imported.ok)} style="white-space: pre-wrap">
          {imported.text}
        </p>
      )}
    </section>
  );
}
