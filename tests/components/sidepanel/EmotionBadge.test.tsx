import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { EmotionBadge } from '@/components/sidepanel/EmotionBadge';
import { detectConversation, detectEmotion } from '@/lib/emotion';
import { createT } from '@/lib/i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(el: preact.JSX.Element) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(el, root));
  return (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
}

describe('EmotionBadge', () => {
  it('in a zh panel, reasons of a Latin-letter message are Chinese', async () => {
    const get = await mount(<EmotionBadge emotion={detectEmotion('This is RIDICULOUS!!! I will file a chargeback')} t={createT('zh')} lang="zh" />);
    expect(get('urgency-reasons')!.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(get('urgency-reasons')!.textContent).not.toMatch(/[a-z]{4,}/);
  });

  it('says when the feeling comes from earlier messages', async () => {
    const get = await mount(<EmotionBadge emotion={detectConversation(['再不发货我就投诉你们！！！', '好的'])} t={createT('en')} lang="en" earlier />);
    expect(get('emotion-earlier')!.textContent).toBe('earlier in this chat');
    render(null, root); root.remove();
    const plain = await mount(<EmotionBadge emotion={detectEmotion('再不发货我就投诉你们！！！')} t={createT('zh')} lang="zh" />);
    expect(plain('emotion-earlier')).toBeNull();
  });
  it('is a polite live region, and reasons past the two shown are still in the text for screen readers', async () => {
    const emotion = detectConversation(['电水壶插上电就冒烟了，吓死我了，我要投诉', '在吗', '在吗', '在吗']);
    expect(emotion.urgencyReasons.length).toBeGreaterThan(2);
    await mount(<EmotionBadge emotion={emotion} t={createT('zh')} lang="zh" />);
    const line = root.querySelector('.emotion-line')!;
    expect(line.getAttribute('aria-live')).toBe('polite');
    expect(line.getAttribute('role')).toBe('status');
    const last = emotion.urgencyReasons.at(-1)!;
    expect(root.querySelector('[data-testid="urgency-reasons"]')!.textContent).not.toContain(last);
    expect(line.textContent).toContain(last);
  });
});
