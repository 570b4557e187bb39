import { useEffect, useRef, useState } from 'preact/hooks';
import { healthOf } from '@/lib/console/teach/health';
import { loadFeedRules, onAdaptersChanged } from '@/lib/console/teach/storage';
import { teachLocale, teachText } from '@/lib/console/teach/strings';
import type { ConsoleSnapshot } from '@/lib/console/types';
import type { Translate } from '@/lib/i18n';
import { builtInRules, checkReply, effectiveRules, highlightParts, parseRuleList, type RuleSpec, type Violation } from '@/lib/rules';

/** A reply held back because it breaks a platform rule, until the agent confirms it. */
export interface RuleGuard {
  pending: { text: string; violations: Violation[]; proceed: () => void } | null;
  /** true = held (the warning shows); false = go ahead and insert. Call first thing in every insert. */
  hold(text: string, proceed: () => void): boolean;
  confirm(): void;
  dismiss(): void;
}

/** The rules of the console in this tab (built-in, with the feeds' rules laid over them), checked before insert. */
export function useRuleGuard(snapshot: ConsoleSnapshot | null): RuleGuard {
  const [rules, setRules] = useState<RuleSpec[]>(builtInRules);
  const [pending, setPending] = useState<RuleGuard['pending']>(null);
  const confirmed = useRef<string | null>(null);

  useEffect(() => {
    const load = () =>
      void loadFeedRules().then((raw) => setRules(effectiveRules(builtInRules, parseRuleList(raw, 'Feed rules').rules)), () => undefined);
    load();
    return onAdaptersChanged(load);
  }, []);

  // A new conversation or question drops a pending warning: it was about a reply for the old one.
  useEffect(() => setPending(null), [snapshot?.conversationId, snapshot?.question]);

  // Rules follow the console the adapter serves, also while the layout detector reads it.
  const consoleId = healthOf(snapshot)?.adapterId ?? snapshot?.consoleId ?? '';
  return {
    pending,
    hold(text, proceed) {
      if (confirmed.current === text) {
        confirmed.current = null;
        return false;
      }
      const { violations } = checkReply(text, consoleId, rules);
      if (!violations.length) return false;
      setPending({ text, violations, proceed });
      return true;
    },
    confirm() {
      if (!pending) return;
      confirmed.current = pending.text;
      setPending(null);
      pending.proceed();
    },
    dismiss: () => setPending(null),
  };
}

/** The held reply with the offending parts highlighted, why, and a second, explicit click to insert it anyway. */
export function RuleWarning({ guard }: { guard: RuleGuard; t?: Translate }) {
  const pending = guard.pending;
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Keyboard-first: the agent can confirm or cancel at once (Enter cancels: the safe choice).
  useEffect(() => cancelRef.current?.focus(), [pending]);
  if (!pending) return null;
  const locale = teachLocale(navigator.language);
  const tt = teachText(locale);
  const seen = new Set<string>();
  const reasons = pending.violations.filter((v) => !seen.has(v.ruleId) && seen.add(v.ruleId));
  return (
    <section class="dialog" role="alertdialog" aria-labelledby="rule-title" data-testid="rule-warning">
      <h2 id="rule-title">{tt('ruleTitle')}</h2>
      <p data-testid="rule-text" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
        {highlightParts(pending.text, pending.violations).map((part, i) =>
          part.bad ? (
            <mark key={i} data-testid="rule-hit" style={{ background: '#ffd8d3', outline: '1px solid #cf222e', borderRadius: '3px' }}>{part.text}</mark>
          ) : (
            part.text
          ),
        )}
      </p>
      <ul style={{ margin: 0, paddingLeft: '18px' }}>
        {reasons.map((v) => (
          <li key={v.ruleId} data-rule={v.ruleId}>
            {v.message[locale]} <span class="muted">{tt('ruleSource', { source: v.source })}</span>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" data-testid="confirm-insert" onClick={() => guard.confirm()}>{tt('ruleConfirm')}</button>
        <button type="button" class="primary" ref={cancelRef} data-testid="cancel-insert" onClick={() => guard.dismiss()}>{tt('ruleCancel')}</button>
      </div>
    </section>
  );
}
