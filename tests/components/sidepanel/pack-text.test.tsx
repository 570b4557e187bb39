import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Composer } from '@/components/sidepanel/Composer';
import { DeEscalation } from '@/components/sidepanel/DeEscalation';
import { SuggestionItem } from '@/components/sidepanel/SuggestionItem';
import type { PackRow, ScriptRow } from '@/lib/db/types';
import { detectEmotion } from '@/lib/emotion';
import { createT } from '@/lib/i18n';
import { deEscalation, proposeReply } from '@/lib/panel/reply';
import type { Suggestion } from '@/lib/panel/suggest';

// Packs come from feeds and files the agent did not write: whatever markup is in them must reach the panel
// as visible characters, never as elements (an <img onerror> would run script in the extension's page).

const IMG = '<img src=x onerror="window.__x=1">';
const BOLD = '<b>bold</b>';

const pack: PackRow = {
  id: 'evil', version: '1', title: 'x', locale: 'zh-CN', publishedAt: '2026-01-01', source: 'file', enabled: 1,
  importedAt: 0, entryCount: 1, scriptCount: 4, synonyms: [], extra: {},
};
const script = (id: string, emotion: ScriptRow['emotion'], position: 'opener' | 'closer' | 'standalone', text: string): ScriptRow =>
  ({ key: `evil/${id}`, packId: 'evil', emotion, script: { id, emotion, position, text } });
const scripts = [
  script('o', 'angry', 'opener', `${IMG}亲，`),
  script('c', 'angry', 'closer', `${BOLD}有问题随时找我`),
  script('s', 'threatening', 'standalone', `${BOLD}${IMG}我们马上处理`),
];
// A threatening, furious buyer: the reply is composed with an opener and closer, and the calming script shows.
const emotion = detectEmotion('气死了，再不处理我就投诉你们！！！');

const suggestion = (tones?: Record<string, string>): Suggestion => ({
  key: 'evil/ship', packId: 'evil', score: 0.9, why: [BOLD], stale: false, productMatch: false,
  entry: { id: 'ship', title: `${BOLD}发货`, category: BOLD, questions: ['发货'], answer: `${BOLD}{{buyer}}，48小时内发货${IMG}`, tones },
});

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
  delete (window as { __x?: unknown }).__x;
});

async function mount(el: preact.JSX.Element) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(el, root));
}

function expectNoMarkup() {
  expect(root.querySelector('img, b')).toBeNull();
  expect((window as { __x?: unknown }).__x).toBeUndefined();
}

const noop = () => undefined;
const t = createT('zh');

describe('pack text is shown as text, never as HTML', () => {
  it('a suggestion card: title, opener, answer (variables filled), closer, category, why, and its editor', async () => {
    const s = suggestion();
    const reply = proposeReply(s, emotion, scripts, [pack], { buyer: '<i>小王</i>' });
    expect(reply.composed.parts.map((p) => p.kind)).toEqual(['opener', 'answer', 'closer']);
    await mount(
      <ol>
        <SuggestionItem suggestion={s} reply={reply} index={0} t={t} selected onInsert={noop} onCopy={noop} onEdit={noop} onVote={noop} onReport={noop}>
          <Composer id="0" title={s.entry.title} composed={reply.composed} initialText={reply.text} t={t} onInsert={noop} onClose={noop} />
        </SuggestionItem>
      </ol>,
    );
    expectNoMarkup();
    expect(root.querySelector('i')).toBeNull(); // a variable's value is text too
    const get = (id: string) => root.querySelector(`[data-testid="${id}"]`)!.textContent;
    expect(get('script-opener')).toContain(`${IMG}亲，`);
    expect(get('answer')).toBe(`${BOLD}<i>小王</i>，48小时内发货${IMG}`);
    expect(get('script-closer')).toContain(`${BOLD}有问题随时找我`);
    expect(root.querySelector('.suggestion-title')!.textContent).toBe(`${BOLD}发货`);
    expect(get('category')).toBe(BOLD);
    expect(get('why')).toContain(BOLD);
    expect(root.querySelector('.composer-parts')!.textContent).toContain(IMG);
    expect(root.querySelector('textarea')!.value).toBe(reply.text);
  });

  it('a tone variant written for this feeling (shown in place of the answer)', async () => {
    const s = suggestion({ angry: `${IMG}非常抱歉，${BOLD}马上发` });
    const reply = proposeReply(s, emotion, scripts, [pack], {});
    await mount(<ol><SuggestionItem suggestion={s} reply={reply} index={0} t={t} selected={false} onInsert={noop} onCopy={noop} onEdit={noop} onVote={noop} onReport={noop} /></ol>);
    expectNoMarkup();
    expect(root.querySelector('[data-testid="answer"]')!.textContent).toBe(`${IMG}非常抱歉，${BOLD}马上发`);
  });

  it('the de-escalation section and its editor', async () => {
    const calm = deEscalation(emotion, scripts, [pack], '气死了', {}, 'zh')!;
    expect(calm.text).toContain(IMG);
    await mount(<DeEscalation calm={calm} t={t} inserted={false} editing onInsert={noop} onEdit={noop} onClose={noop} onCalmed={noop} />);
    expectNoMarkup();
    expect(root.querySelector('[data-testid="deescalation"] > p')!.textContent).toBe(calm.text);
    expect(calm.text).toContain(`${BOLD}${IMG}我们马上处理`);
    expect(root.querySelector('textarea')!.value).toBe(calm.text);
  });
});
