import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SuggestionItem, type SuggestionItemProps } from '@/components/sidepanel/SuggestionItem';
import type { EntryRow } from '@/lib/db/types';
import { createT } from '@/lib/i18n';
import { buildIndex, Matcher } from '@/lib/match';
import { proposeReply } from '@/lib/panel/reply';
import { suggest, type Suggestion } from '@/lib/panel/suggest';

const suggestion: Suggestion = {
  key: 'p/ship', packId: 'p', score: 0.8, why: ['发货'], stale: false, productMatch: false,
  entry: { id: 'ship', title: '发货时间', questions: ['什么时候发货'], answer: '48小时内发货' },
};
const reply = proposeReply(suggestion, null, [], [], {});

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(props: Partial<SuggestionItemProps> = {}, locale: 'zh' | 'en' = 'en') {
  const noop = () => undefined;
  root = document.createElement('ol');
  document.body.append(root);
  await act(() =>
    render(<SuggestionItem suggestion={suggestion} reply={reply} index={0} t={createT(locale)} selected={false}
      onInsert={noop} onCopy={noop} onEdit={noop} onVote={noop} onReport={noop} {...props} />, root),
  );
  return (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
}

describe('SuggestionItem feedback', () => {
  it('says "Inserted" / "Copied" on the button that was used, in the UI language', async () => {
    let get = await mount({ done: 'inserted' });
    expect(get('insert').textContent).toBe('✓ Inserted');
    expect(get('copy').textContent).toBe('Copy');
    render(null, root); root.remove();
    get = await mount({ done: 'copied' }, 'zh');
    expect(get('copy').textContent).toBe('✓ 已复制');
    expect(get('insert').textContent).toBe('插入');
    render(null, root); root.remove();
    get = await mount({}, 'zh');
    expect(get('insert').textContent).toBe('插入');
  });

  it('votes show a pressed state', async () => {
    let get = await mount({ vote: true });
    expect(get('thumbs-up').getAttribute('aria-pressed')).toBe('true');
    expect(get('thumbs-down').getAttribute('aria-pressed')).toBe('false');
    render(null, root); root.remove();
    get = await mount({});
    expect(get('thumbs-up').getAttribute('aria-pressed')).toBe('false');
  });

  it('a weak match says so', async () => {
    let get = await mount({ weak: true }, 'zh');
    expect(get('weak').textContent).toBe('可能不相关');
    render(null, root); root.remove();
    await mount({});
    expect(root.querySelector('[data-testid="weak"]')).toBeNull();
  });
});

describe('SuggestionItem shows where an answer comes from and whether it is due for review', () => {
  // Built by the panel's own path (matcher → suggest), so "stale" is what a past reviewBy really gives.
  const rows: EntryRow[] = [
    { key: 'p/ship', packId: 'p', entry: { id: 'ship', title: '发货时间', questions: ['什么时候发货'], answer: '48小时内发货', category: '物流/发货', reviewBy: '2026-01-31' } },
    { key: 'p/refund', packId: 'p', entry: { id: 'refund', title: '退款到账', questions: ['退款多久到账'], answer: '1-3个工作日', reviewBy: '2026-12-31' } },
  ];
  const matcher = Matcher.fromIndex(buildIndex(rows.map((r) => ({ ...r.entry, id: r.key }))));
  const now = Date.parse('2026-06-01T00:00:00Z');
  const top = (query: string) => suggest(matcher, new Map(rows.map((r) => [r.key, r])), query, { now })[0]!;

  it('category, why-it-matched words and the stale badge when the entry is past its review date', async () => {
    const s = top('什么时候发货');
    expect(s.key).toBe('p/ship');
    const get = await mount({ suggestion: s, reply: proposeReply(s, null, [], [], {}) }, 'zh');
    expect(get('category').textContent).toBe('物流/发货');
    expect(s.why.length).toBeGreaterThan(0);
    expect(get('why').textContent).toBe(`匹配词: ${s.why.slice(0, 6).join(' · ')}`);
    expect(get('stale').textContent).toBe('待复核');
  });

  it('none of them when the entry has no category, nothing to explain, and is not due', async () => {
    const s = top('退款多久到账');
    expect(s.key).toBe('p/refund');
    await mount({ suggestion: { ...s, why: [] }, reply: proposeReply(s, null, [], [], {}) });
    for (const id of ['category', 'why', 'stale']) expect(root.querySelector(`[data-testid="${id}"]`)).toBeNull();
  });
});
