import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SuggestionItem, type SuggestionItemProps } from '@/components/sidepanel/SuggestionItem';
import { createT } from '@/lib/i18n';
import { proposeReply } from '@/lib/panel/reply';
import type { Suggestion } from '@/lib/panel/suggest';

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
