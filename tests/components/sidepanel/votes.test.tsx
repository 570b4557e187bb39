import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SuggestionItem } from '@/components/sidepanel/SuggestionItem';
import { useUsageEvents } from '@/components/sidepanel/useUsageEvents';
import { useVotes } from '@/components/sidepanel/useVotes';
import { summarizeUsage } from '@/lib/analytics/summary';
import type { ConsoleSnapshot } from '@/lib/console/types';
import { AppDB } from '@/lib/db/database';
import { createT } from '@/lib/i18n';
import { proposeReply } from '@/lib/panel/reply';
import type { Suggestion } from '@/lib/panel/suggest';

// The thumbs as the panel wires them (useVotes over useUsageEvents, on a real SuggestionItem), read back
// from the events table the options analytics reads: one card, one question, one vote at most.

const suggestion: Suggestion = {
  key: 'p/ship', packId: 'p', score: 0.8, why: ['发货'], stale: false, productMatch: false,
  entry: { id: 'ship', title: '发货时间', questions: ['什么时候发货'], answer: '48小时内发货' },
};
const reply = proposeReply(suggestion, null, [], [], {});

function snapshotOf(question: string): ConsoleSnapshot {
  return {
    consoleId: 'pinduoduo', consoleName: '拼多多', recognised: true, url: 'https://mms.pinduoduo.com/chat-merchant', conversationId: 'c1',
    question, questionParts: [question], previous: [], context: {}, hasInput: true, inputKind: 'textarea', seq: 1, at: 0,
  } as ConsoleSnapshot;
}

let stored: () => Promise<void> = async () => undefined;

function Card({ db, question }: { db: AppDB; question: string }) {
  const snapshot = snapshotOf(question);
  const usage = useUsageEvents(db, snapshot, [suggestion], false);
  const votes = useVotes(usage.voted, question);
  stored = usage.votesStored;
  const noop = () => undefined;
  return (
    <ol>
      <SuggestionItem suggestion={suggestion} reply={reply} index={0} t={createT('en')} selected={false} vote={votes.of(suggestion.key)}
        onVote={(up) => votes.press(suggestion.key, up)} onInsert={noop} onCopy={noop} onEdit={noop} onReport={noop} />
    </ol>
  );
}

let root: HTMLElement;
let db: AppDB;
afterEach(async () => {
  render(null, root);
  root.remove();
  db.close();
  await db.delete();
});

async function mount(question = '什么时候发货') {
  db = new AppDB(`votes-${Math.random().toString(36).slice(2)}`);
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Card db={db} question={question} />, root));
  const button = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
  const click = async (id: string) => act(() => button(id).click());
  /** The vote events once every write so far has landed. */
  const votes = async () => {
    await stored();
    return (await db.events.toArray()).filter((e) => e.type.startsWith('thumbs-'));
  };
  return { button, click, votes };
}

describe('thumbs: one vote per card and question', () => {
  it('pressing the pressed thumb again takes the vote back, so repeated clicks never pile up "needs review"', async () => {
    const { button, click, votes } = await mount();
    for (let i = 0; i < 5; i++) await click('thumbs-down');
    expect(button('thumbs-down').getAttribute('aria-pressed')).toBe('true'); // odd number of presses: pressed
    const list = await votes();
    expect(list.map((e) => [e.type, e.entryKey])).toEqual([['thumbs-down', 'p/ship']]);
    const summary = summarizeUsage(await db.events.toArray(), new Map([['p/ship', { title: '发货时间' }]]));
    expect(summary.perEntry.find((u) => u.key === 'p/ship')).toMatchObject({ down: 1, needsReview: false });

    await click('thumbs-down');
    expect(button('thumbs-down').getAttribute('aria-pressed')).toBe('false');
    expect(await votes()).toEqual([]);
  });

  it('the other thumb changes the vote instead of adding one; the vote is tied to the question', async () => {
    const { button, click, votes } = await mount();
    await click('thumbs-up');
    await click('thumbs-down');
    expect(button('thumbs-up').getAttribute('aria-pressed')).toBe('false');
    expect(button('thumbs-down').getAttribute('aria-pressed')).toBe('true');
    const list = await votes();
    expect(list.map((e) => e.type)).toEqual(['thumbs-down']);
    expect(list[0]!.detail?.questionId).toMatch(/^q[0-9a-z]+$/);
  });

  it('a new question starts unpressed and its vote counts on its own', async () => {
    const { button, click, votes } = await mount('什么时候发货');
    await click('thumbs-up');
    await act(() => render(<Card db={db} question="发什么快递" />, root));
    expect(button('thumbs-up').getAttribute('aria-pressed')).toBe('false');
    await click('thumbs-up');
    const list = await votes();
    expect(list.map((e) => e.type)).toEqual(['thumbs-up', 'thumbs-up']);
    expect(new Set(list.map((e) => e.detail?.questionId)).size).toBe(2);
  });
});
