import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import { setPackEnabled } from '@/lib/db/packs';
import type { PackRow } from '@/lib/db/types';
import type { Translate } from '@/lib/i18n';

export function PacksSection({ db, t }: { db: AppDB; t: Translate }) {
  const [packs, setPacks] = useState<PackRow[]>([]);
  useEffect(() => {
    const sub = liveQuery(() => db.packs.toArray()).subscribe({ next: setPacks });
    return () => sub.unsubscribe();
  }, [db]);
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
    </section>
  );
}
