import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { HighlightedQuestion } from '@/components/sidepanel/EmotionBadge';
import { detectEmotion, type EmotionResult } from '@/lib/emotion';

// The question as the agent reads it, with the detector's evidence marked. The marks must sit on the
// very characters the detector pointed at, and the message itself must come out unchanged.

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(text: string, emotion: EmotionResult | null) {
  root = document.createElement('p'); // the panel renders it inside <p class="question-text">
  document.body.append(root);
  await act(() => render(<HighlightedQuestion text={text} emotion={emotion} />, root));
}

/** Each mark with its offset in the rendered text (marks are direct children: the component renders a fragment). */
function marks() {
  const out: { text: string; start: number; end: number; classes: string[] }[] = [];
  let at = 0;
  for (const n of Array.from(root.childNodes)) {
    const len = n.textContent?.length ?? 0;
    if (n instanceof HTMLElement && n.tagName === 'MARK') out.push({ text: n.textContent ?? '', start: at, end: at + len, classes: Array.from(n.classList) });
    at += len;
  }
  return out;
}

/** Checks any detector result against the rendering, whatever evidence the detector finds today. */
function expectFaithful(text: string, emotion: EmotionResult) {
  expect(root.textContent).toBe(text); // nothing duplicated, nothing dropped
  expect(root.querySelector('mark mark')).toBeNull();
  const spans = emotion.emotions.flatMap((e) => e.evidence.filter((x) => x.start >= 0).map((x) => ({ ...x, label: e.label })));
  const shown = marks();
  expect(shown.length).toBeGreaterThan(0);
  for (const m of shown) {
    expect(m.classes).toContain('evidence');
    // The mark is one of the evidence spans, at its offsets, with that span's label as its class.
    const of = spans.filter((s) => s.start === m.start && s.end === m.end);
    expect(of.length, `mark "${m.text}" at ${m.start}`).toBeGreaterThan(0);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(of.map((s) => `emo-${s.label}`)).toContain(m.classes.find((c) => c.startsWith('emo-')));
  }
  // Every evidence span is marked, or lies over one that is (overlaps are shown once).
  for (const s of spans) expect(shown.some((m) => m.start < s.end && s.start < m.end), `span "${s.text}"`).toBe(true);
}

describe('HighlightedQuestion', () => {
  it('marks 氣死 in a Traditional-Chinese message as angry, on the original characters', async () => {
    const text = '氣死我了，還沒發貨';
    const emotion = detectEmotion(text);
    await mount(text, emotion);
    expectFaithful(text, emotion);
    const angry = marks().find((m) => m.text === '氣死');
    expect(angry).toMatchObject({ start: 0, end: 2 });
    expect(angry!.classes).toEqual(['evidence', 'emo-angry']);
  });

  it('a message where labels share evidence: each character once, each shared span marked once', async () => {
    // 太慢 counts for anger and for impatience, 投訴 for anger and for a threat.
    const text = '氣死我了！！！到底什麼時候發貨？？？太慢了，我要投訴';
    const emotion = detectEmotion(text);
    await mount(text, emotion);
    expectFaithful(text, emotion);
    const texts = marks().map((m) => m.text);
    expect(texts.filter((x) => x === '太慢')).toHaveLength(1);
    expect(texts.filter((x) => x === '投訴')).toHaveLength(1);
  });

  it('adjacent, nested and crossing spans (given directly): kept in order, the first of overlapping ones wins', async () => {
    const text = '快点发货，气死人了';
    const emotion: EmotionResult = {
      main: 'angry',
      urgency: 'high',
      urgencyReasons: [],
      emotions: [
        { label: 'anxious', score: 0.6, evidence: [{ text: '快点', start: 0, end: 2 }, { text: '发货', start: 2, end: 4 }] },
        { label: 'angry', score: 0.9, evidence: [{ text: '气死', start: 5, end: 7 }, { text: '气死人了', start: 5, end: 9 }, { text: '前', start: -1, end: -1 }] },
        { label: 'threatening', score: 0.5, evidence: [{ text: '死人', start: 6, end: 8 }, { text: '越界', start: 8, end: 20 }] },
      ],
    };
    await mount(text, emotion);
    expect(root.textContent).toBe(text);
    expect(marks()).toEqual([
      { text: '快点', start: 0, end: 2, classes: ['evidence', 'emo-anxious'] },
      { text: '发货', start: 2, end: 4, classes: ['evidence', 'emo-anxious'] },
      { text: '气死', start: 5, end: 7, classes: ['evidence', 'emo-angry'] },
    ]);
  });

  it('no result: the plain text, no marks', async () => {
    await mount('请问有现货吗', null);
    expect(root.textContent).toBe('请问有现货吗');
    expect(root.querySelector('mark')).toBeNull();
  });
});
