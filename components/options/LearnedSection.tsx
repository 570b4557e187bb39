import type { AppDB } from '@/lib/db/database';
import { forgetPhrasing } from '@/lib/db/learned';
import type { LearnedPhrasing } from '@/lib/db/types';
import type { Translate } from '@/lib/i18n';
import { useLive } from '../useLive';

interface Row extends LearnedPhrasing {
  title: string;
}

async function load(db: AppDB): Promise<Row[]> {
  const learned = await db.learned.orderBy('seq').reverse().toArray();
  const entries = await db.entries.bulkGet([...new Set(learned.map((l) => l.entryKey))]);
  const titles = new Map(entries.filter((e) => !!e).map((e) => [e!.key, e!.entry.title]));
  return learned.map((l) => ({ ...l, title: titles.get(l.entryKey) ?? l.entryKey }));
}

/** Phrasings this panel learned from the agent's inserts (on this computer only): each can be removed. */
export function LearnedSection({ db, t }: { db: AppDB; t: Translate }) {
  const rows = useLive<Row[]>(() => load(db), [db], []);
  return (
    <section aria-labelledby="learned-heading">
      <h2 id="learned-heading">{t('learned')}</h2>
      <p class="muted">{t('learnedHelp')}</p>
      {rows.length === 0 ? (
        <p class="muted">—</p>
      ) : (
        <>
          <table data-testid="learned">
            <thead>
              <tr><th>{t('learnedPhrasing')}</th><th>{t('learnedEntry')}</th><th /></tr>
            </thead>
            <tbody>
              {rows.slice(0, 200).map((r) => (
                <tr key={r.seq}>
                  <td>{r.text}</td>
                  <td>{r.title}</td>
                  <td><button type="button" data-testid="forget-learned" onClick={() => r.seq !== undefined && void forgetPhrasing(db, r.seq)}>{t('forget')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => void db.learned.clear()}>{t('forgetAll')} ({rows.length})</button>
        </>
      )}
    </section>
  );
}
