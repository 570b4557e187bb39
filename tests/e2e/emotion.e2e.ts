import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import type { Pack } from '@/lib/pack/schema';
import { launch, openConsoleWithPanel, type Session } from './harness';

// The buyer's emotion in the panel: badge, urgency, the reply composed in the tone that calms them, a
// de-escalation script first for a threatening buyer, and keyboard insert (Alt+1).

/** The bundled Chinese pack the panel imports on first run. */
const bundledZh = JSON.parse(readFileSync(new URL('../../data/packs/default-zh.json', import.meta.url), 'utf8')) as Pack;

let session: Session;
let consolePage: Page;
let panel: Page;

beforeAll(async () => {
  session = await launch();
  ({ consolePage, panel } = await openConsoleWithPanel(session, 'feige'));
  await panel.getByTestId('question').waitFor({ timeout: 10_000 });
});
afterAll(async () => {
  await session?.close();
});

async function buyer(texts: string[]) {
  await consolePage.evaluate(() => (window as any).__console.addSellerMessage('亲，在的'));
  for (const t of texts) await consolePage.evaluate((x) => (window as any).__console.addBuyerMessage(x), t);
  await expect.poll(() => panel.getByTestId('question').textContent(), { timeout: 3_000 }).toContain(texts.at(-1)!.slice(0, 6));
}

describe('emotion-aware replies', () => {
  it('a calm pre-sale question: neutral badge, low urgency, no apology', async () => {
    await buyer(['这个杯子能放洗碗机吗']);
    const badge = panel.getByTestId('emotion');
    await expect.poll(() => badge.getAttribute('data-emotion')).toMatch(/neutral|confused/);
    expect(await panel.getByTestId('urgency').getAttribute('data-urgency')).toBe('low');
    expect(await panel.getByTestId('deescalation').count()).toBe(0);
    const reply = (await panel.getByTestId('suggestion').first().getAttribute('data-reply')) ?? '';
    expect(reply).not.toMatch(/抱歉|对不起/);
  });

  it('an overdue, impatient buyer: anxious badge, high urgency, evidence highlighted, the reply opens by calming', async () => {
    await buyer(['都五天了还没发货！！！', '你们到底什么时候发货？今天必须给我发出去']);
    await expect.poll(() => panel.getByTestId('emotion').getAttribute('data-emotion')).toBe('anxious');
    expect(await panel.getByTestId('urgency').getAttribute('data-urgency')).toBe('high');
    expect(await panel.locator('[data-testid="question"] mark.evidence.emo-anxious').count()).toBeGreaterThan(0);
    const first = panel.getByTestId('suggestion').first();
    expect(await first.getByTestId('script-opener').count()).toBe(1);
    const reply = (await first.getAttribute('data-reply')) ?? '';
    expect(reply.length).toBeGreaterThan(((await first.getByTestId('answer').textContent()) ?? '').length);
  });

  it('an angry, overdue buyer: angry badge, high urgency, anger highlighted, the answer written for anger (no opener on top)', async () => {
    // Angry in its own words (气死, 干什么吃的, ！！！), not only waiting: waiting alone reads as anxious (above).
    await buyer(['都五天了还不发货', '气死我了！！！你们到底干什么吃的']);
    await expect.poll(() => panel.getByTestId('emotion').getAttribute('data-emotion')).toBe('angry');
    expect(await panel.getByTestId('urgency').getAttribute('data-urgency')).toBe('high');
    expect(await panel.locator('[data-testid="question"] mark.evidence.emo-angry').count()).toBeGreaterThan(0);
    // The matched entry has a version of its answer for an angry buyer: it replaces the answer and already
    // opens by apologising, so no opener script is added (it would apologise twice).
    const first = panel.getByTestId('suggestion').first();
    const entryId = await first.getAttribute('data-entry-id');
    const angryTone = bundledZh.entries.find((e) => e.id === entryId)?.tones?.angry ?? '';
    expect(angryTone).not.toBe('');
    expect((await first.getByTestId('answer').textContent()) ?? '').toContain(angryTone.split('{{')[0]);
    expect(await first.getByTestId('script-opener').count()).toBe(0);
    const reply = (await first.getAttribute('data-reply')) ?? '';
    expect(reply.length).toBeGreaterThan(((await first.getByTestId('answer').textContent()) ?? '').length);
  });

  it('a threatening buyer gets a de-escalation script first, insertable on its own', async () => {
    await buyer(['再不给我处理我就去12315投诉你们，给差评！']);
    await expect.poll(() => panel.getByTestId('emotion').getAttribute('data-emotion')).toBe('threatening');
    const calm = panel.getByTestId('deescalation');
    await calm.waitFor();
    const text = ((await calm.locator('p').textContent()) ?? '').trim();
    expect(text.length).toBeGreaterThan(10);
    await panel.getByTestId('insert-deescalation').click();
    await expect.poll(() => consolePage.evaluate(() => (window as any).__console.model() as string)).toBe(text);
  });

  it('the composed reply is editable before insert, and Alt+1 inserts the first suggestion', async () => {
    await buyer(['收到的杯子是碎的，怎么办']);
    const first = panel.getByTestId('suggestion').first();
    await first.getByTestId('edit').click();
    const box = panel.getByTestId('composer-text');
    await box.fill('亲，非常抱歉！我们马上为您补发一个新的。');
    await panel.getByTestId('composer-insert').click();
    await expect.poll(() => consolePage.evaluate(() => (window as any).__console.model() as string)).toBe('亲，非常抱歉！我们马上为您补发一个新的。');

    const expected = ((await first.getAttribute('data-reply')) ?? '').trim();
    await panel.locator('body').click();
    await panel.keyboard.press('Alt+1');
    await expect.poll(() => consolePage.evaluate(() => ((window as any).__console.model() as string).trim())).toBe(expected);
  });
  it('a buyer chasing with the same "在吗" again after the agent\'s replies is read again: urgency rises to high', async () => {
    await consolePage.evaluate(() =>
      (window as any).__console.switchConversation('c-chase', '追问的买家', ['收到的杯子是碎的，怎么处理', { from: 'seller', text: '亲，稍等' }, '在吗']),
    );
    await expect.poll(() => panel.getByTestId('question').textContent(), { timeout: 3_000 }).toContain('在吗');
    await expect.poll(() => panel.getByTestId('urgency').getAttribute('data-urgency')).toBe('medium');
    for (const reply of ['亲，在的', '马上为您处理']) {
      await consolePage.evaluate((x) => (window as any).__console.addSellerMessage(x), reply);
      await consolePage.evaluate(() => (window as any).__console.addBuyerMessage('在吗'));
    }
    // the question is still "在吗"; the thread is not
    await expect.poll(() => panel.getByTestId('urgency').getAttribute('data-urgency'), { timeout: 3_000 }).toBe('high');
  });
});
