import type { AppDB } from '@/lib/db/database';
import type { Translate } from '@/lib/i18n';
import { diffPacks, isEmptyDiff, type PackDiff } from '@/lib/pack/diff';
import { useLive } from '../useLive';

interface PackNews {
  packId: string;
  title: string;
  from: string;
  to: string;
  diff: PackDiff;
}

// After a pack update: entries added, changed and removed since the version the agent last acknowledged.
async function loadNews(db: AppDB): Promise<PackNews[]> {
  const out: PackNews[] = [];
  for (const b of await db.baselines.toArray()) {
    const pack = await db.packs.get(b.packId);
    if (!pack) continue;
    const entries = (await db.entries.where('packId').equals(b.packId).toArray()).map((r) => r.entry);
    const diff = diffPacks({ entries: b.entries }, { entries });
    if (!isEmptyDiff(diff)) out.push({ packId: b.packId, title: pack.title, from: b.version, to: pack.version, diff });
  }
  return out;
}

const MAX_LISTED = 8;

export function WhatsNew({ db, t }: { db: AppDB; t: Translate }) {
  const news = useLive<PackNews[]>(() => loadNews(db), [db], []);
  if (!news.length) return null;
  const list = (label: string, items: { id: string; title: string }[], kind: string) =>
    items.length > 0 && (
      <div data-kind={kind}>
        <strong>{label} ({items.length})</strong>
        <ul>
          {items.slice(0, MAX_LISTED).map((i) => <li key={i.id}>{i.title}</li>)}
          {items.length > MAX_LISTED && <li>…</li>}
        </ul>
      </div>
    );
  return (
    <section class="whats-new" aria-labelledby="whats-new-heading" data-testid="whats-new">
      <h2 id="whats-new-heading" class="section-title">{t('whatsNew')}</h2>
      {news.map((n) => (
        <details key={n.packId} open>
          <summary>
            {n.title}: v{n.from} → v{n.to}
          </summary>
          {list(t('added'), n.diff.added, 'added')}
          {list(t('changed'), n.diff.changed, 'changed')}
          {list(t('removed'), n.diff.removed, 'removed')}
        </details>
      ))}
      <button type="button" onClick={() => void db.baselines.clear()}>
        {t('gotIt')}
      </button>
    </section>
  );
}
