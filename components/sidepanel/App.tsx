import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import { learnPhrasing } from '@/lib/db/learned';
import { detectConversation, detectEmotion, type EmotionResult } from '@/lib/emotion';
import { sendMessage, sendToTab } from '@/lib/ext/messaging';
import { pickLocale, type Locale, type Translate } from '@/lib/i18n';
import { carriedOver } from '@/lib/panel/emotion-text';
import { hostAdapter } from '@/lib/console/adapters';
import { deEscalation, proposeReply, replyLang, type ProposedReply } from '@/lib/panel/reply';
import { effectiveQuery, rankHits, toSuggestions, type Suggestion } from '@/lib/panel/suggest';
import { RankingMemo } from '@/lib/panel/stable-ranking';
import { foldedFlags, weakFlags } from '@/lib/panel/weak';
import { knownFromPage, redact } from '@/lib/redact';
import { variablesIn } from '@/lib/pack/variables';
import { Composer } from './Composer';
import { DeEscalation } from './DeEscalation';
import { FeedAlert } from './FeedAlert';
import { QuestionCard } from './QuestionCard';
import { ReportsAlert } from './ReportsAlert';
import { ReportDialog, type ReportRequest } from './ReportDialog';
import { RuleWarning, useRuleGuard } from './RuleWarning';
import { SearchBox } from './SearchBox';
import { SuggestionItem, type Done } from './SuggestionItem';
import { TeachConsole } from './TeachConsole';
import { useConsole } from './useConsole';
import { useEntries } from './useEntries';
import { useKnowledge } from './useKnowledge';
import { usePanelSelection } from './usePanelSelection';
import { useUsageEvents } from './useUsageEvents';
import { useVotes } from './useVotes';
import { WhatsNew } from './WhatsNew';

type Status = { kind: 'ok' | 'warn' | 'error'; text: string } | null;

const noPacks: ReadonlySet<string> = new Set();

export function App({ db, t, agentName, locale = pickLocale(navigator.language) }: { db: AppDB; t: Translate; agentName: string; locale?: Locale }) {
  const { knowledge, error } = useKnowledge(db);
  const { state } = useConsole();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [editing, setEditing] = useState<string | null>(null); // an entry key, or 'calm'
  const [report, setReport] = useState<ReportRequest | null>(null);
  /** The card (entry key, or 'calm') an action was just done on: it says so for a moment, where the agent looks. */
  const [done, setDone] = useState<{ key: string; what: Done } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const reportSeq = useRef(0);

  // First run without the worker having imported yet (or after a wipe): ask it to import the bundled packs.
  useEffect(() => {
    void sendMessage('packs/ensure-bundled', {}).catch(() => undefined);
  }, []);

  const snapshot = state.status === 'ready' ? state.snapshot : null;
  const guard = useRuleGuard(snapshot);
  const question = snapshot?.question ?? '';
  const query = effectiveQuery(search, question);
  const context = snapshot?.context ?? {};
  const tabId = state.tabId;

  const thread = [...(snapshot?.previous ?? []), ...(snapshot?.questionParts.length ? snapshot.questionParts : [question])];
  // Read again whenever the thread changes, not only the question: a third "在吗" after the agent's replies leaves
  // the question as it was, but the buyer is chasing harder.
  const threadKey = thread.join('\u0001');
  const conversationEmotion: EmotionResult | null = useMemo(() => (question ? detectConversation(thread) : null), [question, threadKey, snapshot?.conversationId]);

  // Evidence offsets point into the question itself, for highlighting.
  const highlight = useMemo(() => (question ? detectEmotion(question) : null), [question]);
  const carried = !!conversationEmotion && !!highlight && carriedOver(conversationEmotion, highlight);
  /** Conversations whose buyer the agent marked as calmed down: the earlier mood no longer drives the panel. */
  const [calmed, setCalmed] = useState<ReadonlySet<string>>(new Set());
  const calmedHere = carried && calmed.has(snapshot?.conversationId ?? '');
  // "Calmed down" holds until the buyer's own message is angry or threatening again.
  const flaresUp = !!highlight?.emotions.some((e) => e.label === 'angry' || e.label === 'threatening');
  useEffect(() => {
    const id = snapshot?.conversationId ?? '';
    if (flaresUp && calmed.has(id)) setCalmed((c) => new Set([...c].filter((x) => x !== id)));
  }, [flaresUp, snapshot?.conversationId]);
  const emotion = calmedHere ? highlight : conversationEmotion;

  const ranking = useRef(new RankingMemo()).current;
  const hits = useMemo(
    () =>
      knowledge
        ? ranking.rank(
            { index: knowledge.builtAt, conversationId: snapshot?.conversationId ?? '', query, earlier: (snapshot?.previous ?? []).join('\n'), product: context.product, order: context.order },
            () => rankHits(knowledge.matcher, query, { top: 5, context }),
          )
        : [],
    // context fields are primitives; listing them avoids recomputing on identical snapshots
    [knowledge, query, snapshot?.conversationId, snapshot?.previous.join('\n'), context.product, context.order],
  );
  const hitEntries = useEntries(db, useMemo(() => hits.map((h) => h.id), [hits]), knowledge?.builtAt ?? 0, knowledge?.enabledPacks ?? noPacks);
  const suggestions: Suggestion[] = useMemo(() => (hitEntries ? toSuggestions(hits, hitEntries) : []), [hits, hitEntries]);
  /** The entries of fresh hits are being read (a few ms): show neither old suggestions nor "no match". */
  const reading = hitEntries === null;
  const values = { buyer: context.buyer, order: context.order, product: context.product, agent: agentName };
  const localeOf = (packId: string) => knowledge?.packs.find((p) => p.id === packId)?.locale;
  const replies: ProposedReply[] = suggestions.map((s) =>
    proposeReply(s, search.trim() ? null : emotion, knowledge?.scripts ?? [], knowledge?.packs ?? [], values, localeOf(s.packId)),
  );
  // The console serving this host (also when the layout detector reads the page): its buyers' language.
  const homeConsole = snapshot ? (hostAdapter(snapshot.url)?.id ?? snapshot.consoleId) : '';
  const calm = useMemo(
    () => (knowledge && !search.trim() ? deEscalation(emotion, knowledge.scripts, knowledge.packs, question, values, replyLang(question, homeConsole)) : null),
    [knowledge, emotion, search, question, homeConsole, context.buyer, agentName],
  );

  const weak = weakFlags(suggestions.map((s) => s.score));
  const folded = foldedFlags(weak);
  const [showWeak, setShowWeak] = useState(false);
  const hidden = (i: number) => !!folded[i] && !showWeak;

  const usage = useUsageEvents(db, snapshot, suggestions, !!knowledge && !reading && !search.trim());
  const votes = useVotes(usage.voted, `${snapshot?.conversationId ?? ''}\n${question}`);

  // A new question or conversation clears the last action's message and any open editor (useVotes clears the votes).
  useEffect(() => {
    setStatus(null);
    setEditing(null);
    setDone(null);
    setShowWeak(false);
  }, [question, snapshot?.conversationId]);
  useEffect(() => {
    if (!done) return;
    const timer = setTimeout(() => setDone(null), 2500);
    return () => clearTimeout(timer);
  }, [done]);
  // Another buyer: the last buyer's manual search must not answer them.
  useEffect(() => setSearch(''), [snapshot?.conversationId]);

  usePanelSelection(tabId, (text, action) => {
    if (text) setSearch(text);
    if (action === 'flag') openReport('missing', undefined, text);
  });

  async function copy(text: string, why?: string, s?: Suggestion) {
    try {
      await navigator.clipboard.writeText(text);
      if (s) usage.copied(s.key);
      if (s && !why) setDone({ key: s.key, what: 'copied' });
      setStatus({ kind: why ? 'warn' : 'ok', text: why ?? t('copied') });
    } catch {
      setStatus({ kind: 'error', text: why ?? t('copied') });
    }
  }

  async function insertText(text: string, s?: Suggestion) {
    if (guard.hold(text, () => void insertText(text, s))) return; // platform rules: a second click inserts
    // Whatever placeholder is still in the text (answer, script, tone variant, or left in while editing) is one
    // the buyer would see: the agent is told which.
    const missing = variablesIn(text);
    if (!snapshot || state.status !== 'ready') return copy(text, t('noConsole'));
    try {
      const r = await sendToTab(state.tabId, 'console/insert', { text, conversationId: snapshot.conversationId, seq: snapshot.seq, question: snapshot.question });
      if (r.ok) {
        setStatus(missing.length ? { kind: 'warn', text: t('missingVars', { vars: missing.join(', ') }) } : { kind: 'ok', text: t('inserted') });
        setEditing(null);
        setDone({ key: s?.key ?? 'calm', what: 'inserted' });
        if (s) {
          usage.inserted(s.key);
          if (!search.trim() && question) void learnPhrasing(db, s.key, redact(question, knownFromPage(context)).text);
        }
      } else if (r.reason === 'conversation-changed') {
        setStatus({ kind: 'error', text: t('conversationChanged') });
      } else {
        await copy(text, r.reason === 'no-input' ? t('noInput') : t('notAccepted'));
      }
    } catch {
      await copy(text, t('notConnected'));
    }
  }

  const insert = (i: number) => {
    if (hidden(i)) return; // Alt+n never inserts a reply the agent cannot see
    const s = suggestions[i];
    const r = replies[i];
    if (s && r) void insertText(r.text, s);
  };

  function openReport(kind: ReportRequest['kind'], s?: Suggestion, selected?: string) {
    // Each request is a new dialog: a ⚑ after Alt+F must not keep the first one's kind and note.
    reportSeq.current += 1;
    setReport({
      kind,
      entryTitle: s?.entry.title,
      ...knownFromPage(context),
      draft: {
        question: selected || question || search || '—',
        previous: snapshot?.previous ?? [],
        console: { id: snapshot?.consoleId ?? 'none', name: snapshot?.consoleName ?? '—' },
        searched: search || undefined,
        sentReply: snapshot?.lastReply,
        suggestions: suggestions.map((x) => ({ entryId: x.key, title: x.entry.title, score: Math.round(x.score * 1000) / 1000 })),
        entryId: s?.key,
        emotion: { main: emotion?.main ?? 'neutral', urgency: emotion?.urgency ?? 'low' },
        packs: (knowledge?.packs ?? []).filter((p) => p.enabled === 1).map((p) => ({ id: p.id, version: p.version })),
        agent: agentName,
        locale: navigator.language,
      },
    });
  }

  // Keyboard: Alt+1..3 insert, "/" or Ctrl+K focus the search, Alt+F flag a missing answer.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || e.repeat) return;
      const active = document.activeElement as HTMLElement | null;
      const typing = !!active && (active.tagName === 'TEXTAREA' || active.isContentEditable);
      const dialogOpen = !!report || editing !== null || !!guard.pending;
      if ((typing || dialogOpen) && e.altKey) return;
      if (report) return; // the report dialog is modal: its own keys only
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-3]$/.test(e.code)) {
        e.preventDefault();
        insert(Number(e.code.slice(5)) - 1);
      } else if (e.altKey && e.code === 'KeyF') {
        e.preventDefault();
        openReport('missing');
      } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !typing && !e.altKey && !e.ctrlKey && !e.metaKey) {
        if (moveBetweenCards(active, e.key === 'ArrowDown', searchRef.current)) e.preventDefault();
      } else if ((e.key === '/' && !['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName ?? '')) || (e.ctrlKey && e.key.toLowerCase() === 'k')) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // A message-form page has no buyer message to read: the agent's next step is a search.
  useEffect(() => {
    if (snapshot?.formOnly) searchRef.current?.focus();
  }, [snapshot?.formOnly, snapshot?.url]);

  const editingIndex = editing && editing !== 'calm' ? suggestions.findIndex((x) => x.key === editing) : -1;
  const editingSuggestion = editingIndex >= 0 ? suggestions[editingIndex] : undefined;
  const editingReply = editingIndex >= 0 ? replies[editingIndex] : undefined;
  // An editor whose card is folded away or no longer among the results is closed: left open unseen, it would
  // count as an open dialog and silence Alt+1..3 and Alt+F.
  const editorGone = editing !== null && !reading && (editing === 'calm' ? !calm : editingIndex < 0 || hidden(editingIndex));
  useEffect(() => {
    if (editorGone) setEditing(null);
  }, [editorGone]);

  return (
    <main class="panel">
      <header class="panel-head">
        <h1>{t('appName')}</h1>
        <a href="/studio.html" target="_blank" rel="noopener" class="hint" data-testid="open-studio">{t('studio')}</a>
        {/* Compact on a narrow panel: the shortcuts open on demand (and show on hover); a disclosure stays keyboard-reachable. */}
        <details class="help" data-testid="shortcuts">
          <summary aria-label={t('shortcuts')} title={t('shortcutList')}>?</summary>
          <p class="help-text">{t('shortcutList')}</p>
        </details>
      </header>
      <FeedAlert db={db} t={t} />
      <ReportsAlert db={db} t={t} />
      <WhatsNew db={db} t={t} />
      {/* With a tab, TeachConsole says it (once, with what to do about it). */}
      {state.status === 'no-console' && state.tabId === null && <p class="notice" data-testid="no-console">{t('noConsole')}</p>}
      <TeachConsole state={state} t={t} />
      {snapshot && <QuestionCard snapshot={snapshot} emotion={emotion} highlight={highlight} t={t} lang={locale} earlier={carried && !calmedHere} />}
      {calm && (
        <DeEscalation calm={calm} t={t} inserted={done?.key === 'calm' && done.what === 'inserted'} editing={editing === 'calm'}
          onInsert={(x) => void insertText(x)} onEdit={() => setEditing('calm')} onClose={() => setEditing(null)}
          onCalmed={carried ? () => {
            setCalmed((c) => new Set([...c, snapshot?.conversationId ?? '']));
            // The box goes away with the button: focus must not fall to the page.
            setStatus({ kind: 'ok', text: t('buyerCalmed') });
            searchRef.current?.focus();
          } : undefined} />
      )}
      {report && (
        <ReportDialog key={reportSeq.current} db={db} t={t} request={report} onClose={(message) => {
          setReport(null);
          if (message) setStatus({ kind: 'ok', text: message });
        }} />
      )}
      <RuleWarning guard={guard} t={t} />
      <SearchBox value={search} onInput={setSearch} t={t} inputRef={searchRef}
        onEnter={() => document.querySelector<HTMLElement>('[data-testid="suggestion"] [data-testid="insert"]')?.focus()} />
      {error && <p class="notice error" role="alert">{error}</p>}
      {!knowledge && !error && <p class="muted">{t('loading')}</p>}
      {knowledge && query && !reading && (
        <section aria-labelledby="sugg-heading">
          <h2 id="sugg-heading" class="section-title">{t('suggestions')}</h2>
          {suggestions.length > 0 ? (
            <>
              <ol class="suggestions">
                {suggestions.map((s, i) => hidden(i) ? null : (
                  <SuggestionItem key={s.key} suggestion={s} reply={replies[i]!} index={i} t={t} selected={editing === s.key}
                    onInsert={() => insert(i)} onCopy={() => void copy(replies[i]!.text, undefined, s)} onEdit={() => setEditing(s.key)}
                    onVote={(up) => {
                      const now = votes.press(s.key, up);
                      setStatus(now === undefined ? null : { kind: 'ok', text: now ? t('thumbsUp') : t('thumbsDown') });
                    }}
                    onReport={() => openReport('wrong', s)} done={done?.key === s.key ? done.what : undefined} vote={votes.of(s.key)} weak={weak[i]}>
                    {editingSuggestion === s && editingReply && (
                      <Composer key={s.key} id={String(i)} title={s.entry.title} composed={editingReply.composed} initialText={editingReply.text} t={t}
                        onInsert={(x) => void insertText(x, s)} onClose={() => setEditing(null)} />
                    )}
                  </SuggestionItem>
                ))}
              </ol>
              {folded.some(Boolean) && (
                <button type="button" class="link show-weaker" data-testid="show-weaker" aria-expanded={showWeak} onClick={() => setShowWeak((v) => !v)}>
                  {showWeak ? t('hideWeaker') : t('showWeaker', { n: folded.filter(Boolean).length })}
                </button>
              )}
              <div class="link-row">
                <button type="button" class="link" data-testid="flag-missing" onClick={() => openReport('missing')}>{t('flagMissing')}</button>
              </div>
            </>
          ) : (
            <div class="no-match" data-testid="no-match">
              <p>{t('noMatch')}</p>
              <button type="button" data-testid="flag-missing" onClick={() => openReport('missing')}>{t('flagMissing')}</button>
            </div>
          )}
        </section>
      )}
      {/* Sticky at the bottom of the panel: a confirmation is seen wherever the agent scrolled to. */}
      <p class={status ? `status status-bar status-${status.kind}` : 'visually-hidden'} role="status" aria-live="polite" data-testid={status ? 'status' : undefined}>{status?.text ?? ''}</p>
    </main>
  );
}

/**
 * ↑/↓ between suggestion cards, keyboard-first: from a card (or the search box, going down) to the same
 * button of the next card; up from the first card back to the search. Returns whether focus moved.
 */
export function moveBetweenCards(active: HTMLElement | null, down: boolean, search: HTMLElement | null): boolean {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="suggestion"]')];
  // Inside an open editor the arrows belong to it (its buttons, its text): they do not leave for another card.
  if (active?.closest('[data-testid="composer"]')) return false;
  const card = active?.closest<HTMLElement>('[data-testid="suggestion"]');
  const from = card ? cards.indexOf(card) : active && active === search && down ? -1 : null;
  if (from === null) return false;
  const role = (card && active?.getAttribute('data-testid')) || 'insert';
  const next = cards[from + (down ? 1 : -1)];
  if (!next) {
    if (!down && from === 0 && search) {
      search.focus();
      return true;
    }
    return false;
  }
  const target = next.querySelector<HTMLElement>(`[data-testid="${role}"]`) ?? next.querySelector<HTMLElement>('[data-testid="insert"]');
  target?.focus();
  return !!target;
}
