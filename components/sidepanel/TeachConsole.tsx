import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { findAdapter } from '@/lib/console/adapters';
import { effectiveCustom, originPattern } from '@/lib/console/custom-adapters';
import { consoleMatchPatterns } from '@/lib/console/hosts';
import { healthOf } from '@/lib/console/teach/health';
import { loadStoredAdapters, onAdaptersChanged } from '@/lib/console/teach/storage';
import { teachLocale, teachText } from '@/lib/console/teach/strings';
import type { ConsoleAdapter } from '@/lib/console/types';
import { sendMessage } from '@/lib/ext/messaging';
import type { Translate } from '@/lib/i18n';
import { ConsoleHealth } from './ConsoleHealth';
import type { ConsoleState } from './useConsole';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The host access a page needs: the manifest's own pattern when it lists the page (already granted), else the origin. */
function accessPattern(url: string): string | null {
  for (const p of consoleMatchPatterns) {
    try {
      if (new MatchPattern(p).includes(url)) return p;
    } catch {
      // not a pattern this parser knows: ignore
    }
  }
  return originPattern(url);
}

/**
 * On a page no adapter reads (or with no content script at all): "not recognised" and Teach this console.
 * On a console an adapter serves but with no chat open (list only, loading, login): say so, Re-teach as a fallback.
 * On a page whose adapter lost its selectors: "console layout changed" and Re-teach. On a page a team
 * adapter serves but the agent has not opened to the extension yet: Allow access.
 */
export function TeachConsole({ state, t }: { state: ConsoleState; t: Translate }) {
  const tt = teachText(teachLocale(navigator.language));
  const tabId = state.tabId;
  const snapshot = state.status === 'ready' ? state.snapshot : null;
  const [tabUrl, setTabUrl] = useState<string | null>(null);
  const [custom, setCustom] = useState<ConsoleAdapter[]>([]);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    if (tabId === null) return;
    // Without host access or the tabs permission the browser hides the address: tabUrl stays null.
    void browser.tabs.get(tabId).then(
      (tab) => setTabUrl(tab.url || tab.pendingUrl || null),
      () => setTabUrl(null),
    );
  }, [tabId, state.status, snapshot?.url]);

  useEffect(() => {
    const load = () => void loadStoredAdapters().then((s) => setCustom(effectiveCustom(s).map((x) => x.adapter)));
    load();
    return onAdaptersChanged(load);
  }, []);

  useEffect(() => setMessage(null), [tabId]);

  if (tabId === null || state.status === 'loading') return null;
  const url = snapshot?.url || tabUrl;
  const web = !!url && /^https?:/.test(url);
  const health = healthOf(snapshot);
  const unrecognised = state.status === 'no-console' || (snapshot !== null && !snapshot.recognised);
  const available = unrecognised && web && state.status === 'no-console' ? findAdapter(url!, custom) : undefined;

  /** Ask for host access first, inside the click (the browser shows its prompt only then), then act. */
  function withAccess(pageUrl: string, then: () => Promise<{ ok: boolean; error?: string }>, done: string) {
    const pattern = accessPattern(pageUrl);
    if (!pattern) return setMessage({ kind: 'error', text: tt('teachFailed', { error: pageUrl }) });
    let asking: Promise<boolean>;
    try {
      asking = browser.permissions.request({ origins: [pattern] });
    } catch (e) {
      asking = Promise.reject(e);
    }
    void asking
      .then(async (granted) => {
        if (!granted) return setMessage({ kind: 'error', text: tt('teachDenied') });
        const r = await then();
        setMessage(r.ok ? { kind: 'ok', text: done } : { kind: 'error', text: tt('teachFailed', { error: r.error ?? '?' }) });
      })
      .catch((e: Error) => setMessage({ kind: 'error', text: tt('teachFailed', { error: e.message }) }));
  }

  const teach = (pageUrl: string) =>
    withAccess(pageUrl, () => sendMessage('teach/start', { tabId, url: pageUrl, locale: navigator.language }), tt('teachOpened'));
  const activate = (pageUrl: string) => withAccess(pageUrl, () => sendMessage('adapters/activate', { tabId, url: pageUrl }), tt('saved'));

  return (
    <>
      {health && !health.ok && snapshot && (
        <ConsoleHealth health={health} name={snapshot.consoleName.split(' · ')[0] ?? snapshot.consoleName} tt={tt} onReteach={() => teach(snapshot.url)} />
      )}
      {snapshot?.noConversation && (
        <p class="notice" data-testid="no-conversation">
          {tt('noConversation', { name: snapshot.consoleName })}{' '}
          <span class="muted">{tt('noConversationReteach')}</span>{' '}
          <button type="button" data-testid="no-conversation-reteach" onClick={() => teach(snapshot.url)}>{tt('reteach')}</button>
        </p>
      )}
      {unrecognised && available && (
        <p class="notice" data-testid="adapter-available">
          {tt('adapterAvailable', { name: available.name })}{' '}
          <button type="button" data-testid="activate-console" onClick={() => activate(url!)}>{tt('allow')}</button>
        </p>
      )}
      {unrecognised && !available && (web || !url) && (
        <section class="notice" data-testid="teach">
          <p style={{ margin: 0 }} data-testid="not-recognised">{tt('notRecognised')}</p>
          {web ? (
            <p class="muted" style={{ margin: '4px 0' }}>{tt('teachHelp')}</p>
          ) : (
            <label class="muted" style={{ display: 'block', margin: '4px 0' }}>
              {tt('teachUrlHelp')}
              <input type="url" data-testid="teach-url" value={typed} placeholder="https://…" style={{ width: '100%' }} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
            </label>
          )}
          <button type="button" class="primary" data-testid="teach-console" onClick={() => teach(web ? url! : typed.trim())}>{tt('teach')}</button>
        </section>
      )}
      {/* A browser page (settings, new tab): nothing to teach, one plain notice. */}
      {unrecognised && !available && !!url && !web && <p class="notice" data-testid="no-console">{t('noConsole')}</p>}
      {message && <p class={`status status-${message.kind === 'ok' ? 'ok' : 'warn'}`} role="status" data-testid="teach-status">{message.text}</p>}
    </>
  );
}
