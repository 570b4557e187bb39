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
});
