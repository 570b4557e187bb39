import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import { learnPhrasing } from '@/lib/db/learned';
import { sendMessage, sendToTab } from '@/lib/ext/messaging';
import type { Translate } from '@/lib/i18n';
import { effectiveQuery, suggest, type Suggestion } from '@/lib/panel/suggest';
import { fillVariables, type Filled } from '@/lib/pack/variables';
import { FeedAlert } from './FeedAlert';
import { QuestionCard } from './QuestionCard';
import { SearchBox } from './SearchBox';
import { SuggestionItem } from './SuggestionItem';
import { useConsole } from './useConsole';
import { useKnowledge } from './useKnowledge';
import { WhatsNew } from './WhatsNew';

type Status = { kind: 'ok' | 'warn' | 'error'; text: string } | null;

export function App({ db, t, agentName }: { db: AppDB; t: Translate; agentName: string }) {
  const { knowledge, error } = useKnowledge(db);
  const { state } = useConsole();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // First run without the worker having imported yet (or after a wipe): ask it to import the bundled packs.
  useEffect(() => {
    void sendMessage('packs/ensure-bundled', {}).catch(() => undefined);
  }, []);

  const snapshot = state.status === 'ready' ? state.snapshot : null;
  const question = snapshot?.question ?? '';
  const query = effectiveQuery(search, question);
  const context = snapshot?.context ?? {};

  const suggestions: Suggestion[] = useMemo(
    () => (knowledge ? suggest(knowledge.matcher, knowledge.entries, query, { top: 5, context }) : []),
    // context fields are primitives; listing them avoids recomputing on identical snapshots
    [knowledge, query, context.product, context.order],
  );
  const values = { buyer: context.buyer, order: context.order, product: context.product, agent: agentName };
  const filled: Filled[] = suggestions.map((s) => fillVariables(s.entry.answer, values));

  // A new question clears the last insert's message.
  useEffect(() => setStatus(null), [question, snapshot?.conversationId]);

  async function copy(text: string, why?: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: why ? 'warn' : 'ok', text: why ?? t('copied') });
    } catch {
      setStatus({ kind: 'error', text: why ?? t('copied') });
    }
  }

  async function insert(i: number) {
    const s = suggestions[i];
    const f = filled[i];
    if (!s || !f) return;
    if (!snapshot || state.status !== 'ready') return copy(f.text, t('noConsole'));
    try {
      const r = await sendToTab(state.tabId, 'console/insert', { text: f.text, conversationId: snapshot.conversationId, seq: snapshot.seq });
      if (r.ok) {
        setStatus({ kind: 'ok', text: f.missing.length ? t('missingVars', { vars: f.missing.join(', ') }) : t('inserted') });
        void db.events.add({ type: 'inserted', at: Date.now(), entryKey: s.key, consoleId: snapshot.consoleId });
        if (!search.trim() && question) void learnPhrasing(db, s.key, question);
      } else if (r.reason === 'conversation-changed') {
        setStatus({ kind: 'error', text: t('conversationChanged') });
      } else {
        await copy(f.text, r.reason === 'no-input' ? t('noInput') : t('notAccepted'));
      }
    } catch {
      await copy(f.text, t('notConnected'));
    }
  }

  async function flagMissing() {
    await db.gapReports.put({
      id: crypto.randomUUID(),
      createdAt: Date.now(),
      status: 'local',
      report: { kind: 'missing', question, searched: search, console: snapshot?.consoleId ?? null },
    });
    void db.events.add({ type: 'flagged', at: Date.now(), consoleId: snapshot?.consoleId });
    setStatus({ kind: 'ok', text: t('flagged') });
  }

  // Keyboard: Alt+1..3 insert, "/" or Ctrl+K focus the search.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-3]$/.test(e.code)) {
        e.preventDefault();
        void insert(Number(e.code.slice(5)) - 1);
      } else if ((e.key === '/' && document.activeElement?.tagName !== 'INPUT') || (e.ctrlKey && e.key.toLowerCase() === 'k')) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <main class="panel">
      <header class="panel-head">
        <h1>{t('appName')}</h1>
        <span class="hint">{t('shortcutHint')}</span>
      </header>
      <FeedAlert db={db} t={t} />
      <WhatsNew db={db} t={t} />
      {state.status === 'no-console' && <p class="notice" data-testid="no-console">{t('noConsole')}</p>}
      {snapshot && <QuestionCard snapshot={snapshot} t={t} />}
      <SearchBox value={search} onInput={setSearch} t={t} inputRef={searchRef} />
      {error && <p class="notice error" role="alert">{error}</p>}
      {!knowledge && !error && <p class="muted">{t('loading')}</p>}
      {status && (
        <p class={`status status-${status.kind}`} role="status" data-testid="status">
          {status.text}
        </p>
      )}
      {knowledge && query && (
        <section aria-labelledby="sugg-heading">
          <h2 id="sugg-heading" class="section-title">{t('suggestions')}</h2>
          {suggestions.length > 0 ? (
            <ol class="suggestions">
              {suggestions.map((s, i) => (
                <SuggestionItem key={s.key} suggestion={s} filled={filled[i]!} index={i} t={t} onInsert={() => void insert(i)} onCopy={() => void copy(filled[i]!.text)} />
              ))}
            </ol>
          ) : (
            <div class="no-match" data-testid="no-match">
              <p>{t('noMatch')}</p>
              <button type="button" data-testid="flag-missing" onClick={() => void flagMissing()}>
                {t('flagMissing')}
              </button>
            </div>
          )}
        </section>
      )}
    </main>
  );
}
