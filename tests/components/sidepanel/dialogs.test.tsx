import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Composer, composerRows } from '@/components/sidepanel/Composer';
import { ReportDialog, type ReportRequest } from '@/components/sidepanel/ReportDialog';
import { AppDB } from '@/lib/db/database';
import { saveSettings } from '@/lib/ext/settings';
import { createT } from '@/lib/i18n';

const t = createT('en');
let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const key = (target: EventTarget, k: string, init: KeyboardEventInit = {}) =>
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init })));
const byTest = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

/** A page with an opener button, an unrelated button and the dialog the opener opens. */
async function mount(dialog: (close: () => void) => preact.JSX.Element) {
  let closes = 0;
  function Host() {
    const [open, setOpen] = useState(false);
    const close = () => {
      closes += 1;
      setOpen(false);
    };
    return (
      <div>
        <button type="button" data-testid="opener" onClick={() => setOpen(true)}>open</button>
        <button type="button" data-testid="elsewhere">elsewhere</button>
        {open && dialog(close)}
      </div>
    );
  }
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Host />, root));
  byTest('opener').focus();
  await act(() => byTest('opener').click());
  return { closes: () => closes };
}

describe('report dialog', () => {
  const request: ReportRequest = {
    kind: 'wrong',
    names: [],
    draft: {
      question: '什么时候发货', previous: [], console: { id: 'pinduoduo', name: '拼多多' }, suggestions: [],
      emotion: { main: 'angry', urgency: 'high' }, packs: [], agent: '', locale: 'en', entryId: 'p/ship',
    },
  };
  const db = new AppDB(`dialog-${Math.random().toString(36).slice(2)}`);

  it('traps Tab inside, closes on Esc from anywhere, and gives focus back to its opener', async () => {
    const page = await mount((close) => <ReportDialog db={db} t={t} request={request} onClose={() => close()} />);
    const dialog = byTest('report-dialog');
    expect(dialog.contains(document.activeElement)).toBe(true);
    const buttons = [...dialog.querySelectorAll('button')];
    const last = buttons[buttons.length - 1]!;
    last.focus();
    await key(last, 'Tab');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(last);
    const first = document.activeElement as HTMLElement;
    await key(first, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(last);
    // Focus that lands outside is brought back in.
    await act(() => byTest('elsewhere').focus());
    expect(dialog.contains(document.activeElement)).toBe(true);
    // Esc dispatched outside the dialog (on the page) still closes it.
    await key(document.body, 'Escape');
    expect(page.closes()).toBe(1);
    expect(root.querySelector('[data-testid="report-dialog"]')).toBeNull();
    expect(document.activeElement).toBe(byTest('opener'));
  });

  it('shows the emotion in the UI language, and links to the options when the agent name is not set', async () => {
    await mount((close) => <ReportDialog db={db} t={createT('zh')} request={request} onClose={() => close()} />);
    expect(byTest('report-emotion').textContent).toBe('生气 · 紧急');
    expect(byTest('set-agent-name').getAttribute('href')).toBe('/options.html');
    render(null, root); root.remove();
    await mount((close) => <ReportDialog db={db} t={t} request={{ ...request, draft: { ...request.draft, agent: '小王' } }} onClose={() => close()} />);
    expect(root.querySelector('[data-testid="set-agent-name"]')).toBeNull();
  });

  it('says where the report will go before it is sent', async () => {
    await saveSettings({ reportDestination: '' });
    await mount((close) => <ReportDialog db={db} t={t} request={request} onClose={() => close()} />);
    await vi.waitFor(() => expect(byTest('report-destination')?.textContent).toBe('No destination set: the report stays on this computer.'));
    render(null, root); root.remove();
    await saveSettings({ reportDestination: 'https://open.feishu.cn/open-apis/bot/v2/hook/abc' });
    await mount((close) => <ReportDialog db={db} t={createT('zh')} request={request} onClose={() => close()} />);
    await vi.waitFor(() => expect(byTest('report-destination')?.textContent).toBe('将提交到：open.feishu.cn'));
    await saveSettings({ reportDestination: '' });
  });
});

describe('composer', () => {
  const composed = { parts: [{ kind: 'opener' as const, text: 'Sorry about that.' }, { kind: 'answer' as const, text: 'It ships today.' }], text: 'Sorry about that. It ships today.' };

  it('names the parts, hints the shortcut, and Esc gives focus back to the Edit button that opened it', async () => {
    const page = await mount((close) => <Composer id="0" title="Shipping" composed={composed} initialText={composed.text} t={t} onInsert={() => undefined} onClose={close} />);
    expect(document.activeElement).toBe(byTest('composer-text'));
    expect(byTest('composer-parts').textContent).toContain('Opener');
    expect(byTest('composer-parts').textContent).toContain('Answer');
    expect(byTest('composer').textContent).toContain('Ctrl+Enter to insert');
    await key(byTest('composer-text'), 'Escape');
    expect(page.closes()).toBe(1);
    expect(document.activeElement).toBe(byTest('opener'));
  });

  it('Ctrl+Enter inserts the edited text', async () => {
    const inserted: string[] = [];
    await mount(() => <Composer id="0" title="Shipping" composed={composed} initialText={composed.text} t={t} onInsert={(x) => inserted.push(x)} onClose={() => undefined} />);
    await key(byTest('composer-text'), 'Enter', { ctrlKey: true });
    expect(inserted).toEqual([composed.text]);
  });

  it('sizes the textarea to its text, 6 rows at least', () => {
    expect(composerRows('short')).toBe(6);
    expect(composerRows(Array.from({ length: 10 }, () => 'line').join('\n'))).toBe(11);
    expect(composerRows('x'.repeat(400))).toBe(11);
  });
});
