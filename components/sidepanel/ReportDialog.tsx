import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import { aggregateForReport, summarizeUsage, type UsageAggregate } from '@/lib/analytics';
import { sendMessage } from '@/lib/ext/messaging';
import { loadSettings } from '@/lib/ext/settings';
import type { MessageKey, Translate } from '@/lib/i18n';
import { buildReport, type ReportDraft } from '@/lib/report';
import { chooseReportDestination, destinationHost } from '@/lib/report/destination';
import { MaskedText } from '../MaskedText';

export interface ReportRequest {
  kind: 'missing' | 'wrong' | 'outdated';
  draft: Omit<ReportDraft, 'kind' | 'note'>;
  /** Buyer nicknames known from the page: masked wherever they appear. */
  names: string[];
  /** Order numbers known from the page: masked wherever they appear. */
  orders?: string[];
  entryTitle?: string;
}

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';
/** The dialog's tab stops in order (a radio group is one stop: only its checked radio). */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(focusable)].filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
}

// The agent sees exactly what will leave the browser — already masked — before sending it.
export function ReportDialog({ db, t, request, onClose }: { db: AppDB; t: Translate; request: ReportRequest; onClose: (message?: string) => void }) {
  const [kind, setKind] = useState(request.kind);
  const [note, setNote] = useState('');
  const [usage, setUsage] = useState<UsageAggregate | undefined>(undefined);
  /** Where the report will go (a host), null when it stays in the browser, undefined while unknown. */
  const [destination, setDestination] = useState<string | null | undefined>(undefined);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  // A modal dialog: Tab cycles inside it, and Esc closes it wherever focus is. Declared before the focus
  // effect so its listeners are gone before focus goes back to the opener. Layout effects: the trap and the
  // focus are in place in the same commit that shows the dialog, not a frame later (a key pressed in
  // between went to the page behind).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const dialog = box.current;
      if (!dialog || e.isComposing) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        close.current();
      } else if (e.key === 'Tab') {
        // Tab is moved by hand among the dialog's stops, so it never leaves: not to the page behind, and not to
        // the browser's own UI when an element the list does not know has focus.
        const stops = focusables(dialog);
        if (!stops.length) return;
        e.preventDefault();
        const at = stops.indexOf(document.activeElement as HTMLElement);
        const next = at < 0 ? (e.shiftKey ? stops.length - 1 : 0) : (at + (e.shiftKey ? -1 : 1) + stops.length) % stops.length;
        stops[next]!.focus();
      }
    };
    // Focus that lands outside (a click elsewhere in the panel) is brought back.
    const onFocus = (e: FocusEvent) => {
      const dialog = box.current;
      if (dialog && e.target instanceof HTMLElement && !dialog.contains(e.target)) focusables(dialog)[0]?.focus();
    };
    // Focus that falls to the page itself (the focused control was re-rendered away or disabled) comes back too:
    // no focusin fires for the body.
    let lost: ReturnType<typeof setTimeout> | undefined;
    const onFocusOut = (e: FocusEvent) => {
      const dialog = box.current;
      if (!dialog || e.relatedTarget || !(e.target instanceof Node) || !dialog.contains(e.target)) return;
      clearTimeout(lost);
      lost = setTimeout(() => {
        const now = box.current;
        const at = document.activeElement;
        if (now?.isConnected && (!at || at === document.body)) focusables(now)[0]?.focus();
      }, 0);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      clearTimeout(lost);
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);
  // Focus moves into the dialog and goes back to whatever opened it when it closes.
  useLayoutEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const openerId = opener?.getAttribute('data-testid');
    noteRef.current?.focus();
    return () => {
      // The list may have re-rendered meanwhile (fresh entries read): then the same control, rendered anew.
      const back = opener?.isConnected ? opener : openerId ? document.querySelector<HTMLElement>(`[data-testid="${openerId}"]`) : null;
      back?.focus();
    };
  }, []);
  // Opt-in: aggregated numbers of the last 30 days (no buyer text) ride along with the report.
  useEffect(() => {
    void loadSettings().then(async (s) => {
      if (!s.shareUsage) return;
      const events = await db.events.where('at').aboveOrEqual(Date.now() - 30 * 86_400_000).toArray();
      const keys = [...new Set(events.map((e) => e.entryKey).filter((k): k is string => !!k))];
      const rows = await db.entries.bulkGet(keys);
      const entries = new Map(rows.filter((r) => !!r).map((r) => [r!.key, { title: r!.entry.title, category: r!.entry.category }]));
      setUsage(aggregateForReport(summarizeUsage(events, entries, { days: 30 })));
    });
  }, [db]);

  // The agent sees where the report goes before sending it: the same choice reports/flush makes.
  useEffect(() => {
    void loadSettings()
      .then((s) => chooseReportDestination(db, s.reportDestination))
      .then((d) => setDestination(destinationHost(d.url) ?? null))
      .catch(() => setDestination(undefined));
  }, [db]);

  const built = useMemo(() => buildReport({ ...request.draft, kind, note, usage } as ReportDraft, { names: request.names, orders: request.orders }), [request, kind, note, usage]);

  async function send() {
    if (!built.ok) return;
    await db.gapReports.put({ id: built.report.id, createdAt: Date.now(), status: 'queued', report: built.report as unknown as Record<string, unknown> });
    void db.events.add({ type: 'flagged', at: Date.now(), entryKey: typeof request.draft.entryId === 'string' ? request.draft.entryId : undefined, consoleId: request.draft.console.id });
    const r = await sendMessage('reports/flush', {}).catch(() => null);
    onClose(!r?.destination ? t('reportSavedLocal') : r.sent.includes(built.report.id) ? t('reportSent') : t('reportQueued'));
  }

  const r = built.ok ? built.report : null;
  return (
    <div ref={box} class="dialog" role="dialog" aria-modal="true" aria-labelledby="report-title" data-testid="report-dialog"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send();
      }}>
      <h2 id="report-title">{kind === 'missing' ? t('flagMissing') : t('reportWrong')}</h2>
      {request.entryTitle && <p class="muted">{request.entryTitle}</p>}
      {kind !== 'missing' && (
        <div class="row" role="radiogroup" aria-label={t('reportKind')}>
          <label><input type="radio" name="kind" checked={kind === 'wrong'} onChange={() => setKind('wrong')} /> {t('kindWrong')}</label>
          <label><input type="radio" name="kind" checked={kind === 'outdated'} onChange={() => setKind('outdated')} /> {t('kindOutdated')}</label>
        </div>
      )}
      <label for="report-note">{t('reportNote')}</label>
      <textarea id="report-note" ref={noteRef} rows={3} data-testid="report-note" value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      <h3 class="section-title">{t('reportPreview')}</h3>
      {r ? (
        <dl class="context report-preview" data-testid="report-preview">
          <dt>{t('question')}</dt>
          <dd><MaskedText text={r.question} /></dd>
          {r.previous.length > 0 && (<><dt>{t('previousMessages')}</dt><dd>{r.previous.map((p, i) => <div key={i}><MaskedText text={p} /></div>)}</dd></>)}
          {r.searched && (<><dt>{t('searchLabel')}</dt><dd><MaskedText text={r.searched} /></dd></>)}
          {r.note && (<><dt>{t('reportNote')}</dt><dd><MaskedText text={r.note} /></dd></>)}
          <dt>{t('console')}</dt>
          <dd>{r.console.name}</dd>
          <dt>{t('emotion')}</dt>
          <dd data-testid="report-emotion">{t(`emo_${r.emotion.main}` as MessageKey)} · {t(`urg_${r.emotion.urgency}` as MessageKey)}</dd>
          <dt>{t('suggestions')}</dt>
          <dd>{r.suggestions.length ? r.suggestions.map((s) => s.title).join(' · ') : '—'}</dd>
          <dt>{t('agentName')}</dt>
          <dd>{r.agent || (<>— <a href="/options.html" target="_blank" rel="noopener" data-testid="set-agent-name">{t('setAgentName')}</a></>)}</dd>
          {r.usage && (<><dt>{t('analytics')}</dt><dd>{t('questionsSeen')} {r.usage.questionsSeen} · {t('answerRate')} {Math.round(r.usage.answerRate * 100)}%</dd></>)}
        </dl>
      ) : (
        <p class="notice error" role="alert">{!built.ok && built.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}</p>
      )}
      <p class="muted">{t('reportPrivacy')}</p>
      {destination !== undefined && (
        <p class="muted" data-testid="report-destination">{destination ? t('reportGoesTo', { host: destination }) : t('reportStaysLocal')}</p>
      )}
      <div class="actions">
        <button type="button" class="primary" data-testid="send-report" disabled={!r} onClick={() => void send()}>{t('sendReport')}</button>
        <button type="button" onClick={() => onClose()}>{t('cancel')}</button>
      </div>
    </div>
  );
}
