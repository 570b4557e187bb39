import { useEffect, useState } from 'preact/hooks';
import { adapterFile } from '@/lib/console/adapter-schema';
import { consoleAdapters } from '@/lib/console/adapters';
import { effectiveCustom, type StoredAdapter } from '@/lib/console/custom-adapters';
import type { HealthRecord } from '@/lib/console/teach/health';
import { loadHealthRecords, loadStoredAdapters, onAdaptersChanged, onHealthChanged } from '@/lib/console/teach/storage';
import { teachLocale, teachText, type TeachText } from '@/lib/console/teach/strings';
import type { ConsoleAdapter } from '@/lib/console/types';
import { sendMessage } from '@/lib/ext/messaging';
import type { Translate } from '@/lib/i18n';
import { downloadText } from '../download';

const when = (t: number | undefined, locale: string) => (t ? new Date(t).toLocaleString(locale) : '—');

function HealthLine({ record, tt, locale }: { record: HealthRecord | undefined; tt: TeachText; locale: string }) {
  if (!record) return <span class="muted" data-testid="console-health" data-state="never">{tt('healthNever')}</span>;
  const state = !record.recognised ? 'not-recognised' : record.ok ? 'ok' : 'changed';
  const label = state === 'ok' ? tt('healthOk') : state === 'changed' ? tt('healthBad') : tt('healthNotRecognised');
  return (
    <span data-testid="console-health" data-state={state} class={state === 'ok' ? '' : 'error-text'}>
      {label} · {tt('lastQuestion', { t: when(record.lastQuestionAt, locale) })} · {tt('lastInsert', { t: when(record.lastInsertAt, locale) })}
    </span>
  );
}

/**
 * Consoles: the built-in adapters and the custom ones (taught here, imported, from feeds), each with its
 * health line; custom ones can be exported as JSON (for a colleague or a feed), imported and deleted.
 */
export function ConsolesSection({ locale }: { t?: Translate; locale: string }) {
  const tt = teachText(teachLocale(locale));
  const [stored, setStored] = useState<StoredAdapter[]>([]);
  const [health, setHealth] = useState<HealthRecord[]>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    const loadA = () => void loadStoredAdapters().then(setStored);
    const loadH = () => void loadHealthRecords().then(setHealth);
    loadA();
    loadH();
    const offA = onAdaptersChanged(loadA);
    const offH = onHealthChanged(loadH);
    return () => {
      offA();
      offH();
    };
  }, []);

  const custom = effectiveCustom(stored);
  const customIds = new Set(custom.map((s) => s.adapter.id));
  const healthOf = (id: string) => health.find((h) => h.consoleId === id);
  const sourceLabel = (s: StoredAdapter) => (s.source === 'taught' ? tt('taught') : s.source === 'import' ? tt('imported') : `${tt('fromFeed')} ${s.source.slice(5)}`);

  async function importFile(file: File | undefined) {
    if (!file) return;
    const r = await sendMessage('adapters/import', { text: await file.text() });
    const parts = [r.imported.length ? tt('importDone', { ids: r.imported.join(', ') }) : tt('importNone'), ...r.errors];
    setMessage({ kind: r.errors.length || !r.imported.length ? 'error' : 'ok', text: parts.join('\n') });
  }

  const exportOne = (a: ConsoleAdapter) => downloadText(`${a.id}.kbadapter.json`, adapterFile([a]), 'application/json');

  return (
    <section aria-labelledby="consoles-heading" data-testid="consoles">
      <h2 id="consoles-heading">{tt('consoles')}</h2>
      <p class="muted">{tt('consolesHelp')}</p>
      <div class="row">
        <label>
          {tt('import')}{' '}
          <input type="file" accept=".json,application/json" data-testid="import-adapter" onChange={(e) => {
            const input = e.target as HTMLInputElement;
            void importFile(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }} />
        </label>
      </div>
      {message && <p class={`status status-${message.kind === 'ok' ? 'ok' : 'warn'}`} role="status" data-testid="consoles-message" style={{ whiteSpace: 'pre-wrap' }}>{message.text}</p>}
      <ul class="feeds">
        {custom.map((s) => (
          <li class="feed" key={s.adapter.id} data-testid="custom-adapter" data-id={s.adapter.id}>
            <strong>{s.adapter.name}</strong> <span class="badge">{sourceLabel(s)}</span>
            {consoleAdapters.some((b) => b.id === s.adapter.id) && <> <span class="badge">{tt('overrides')}</span></>}
            <div class="muted">{s.adapter.hosts.join(', ')} · {s.adapter.id}</div>
            <div><HealthLine record={healthOf(s.adapter.id)} tt={tt} locale={locale} /></div>
            <div class="actions">
              <button type="button" data-testid="export-adapter" onClick={() => exportOne(s.adapter)}>{tt('export')}</button>
              {!s.source.startsWith('feed:') && (
                <button type="button" data-testid="delete-adapter" onClick={() => void sendMessage('adapters/delete', { id: s.adapter.id })}>{tt('delete')}</button>
              )}
            </div>
          </li>
        ))}
        {consoleAdapters
          .filter((a) => !customIds.has(a.id))
          .map((a) => (
            <li class="feed" key={a.id} data-testid="builtin-adapter" data-id={a.id}>
              <strong>{a.name}</strong> <span class="badge">{tt('builtIn')}</span>
              <div class="muted">{a.hosts.slice(0, 3).join(', ')}{a.hosts.length > 3 ? ' …' : ''}</div>
              <div><HealthLine record={healthOf(a.id)} tt={tt} locale={locale} /></div>
              <div class="actions">
                <button type="button" data-testid="export-adapter" onClick={() => exportOne(a)}>{tt('export')}</button>
              </div>
            </li>
          ))}
      </ul>
    </section>
  );
}
