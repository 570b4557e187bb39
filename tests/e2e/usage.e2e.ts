import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openConsoleWithPanel, readStore, type Session } from './harness';

// Usage events where they are written: the panel records "question" and "shown" when suggestions come up,
// a vote per thumb, and "flagged" when a report is made. Read back from the extension's own IndexedDB
// (the same database the options analytics reads), the buyer's personal data must not be in it.

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

interface Ev {
  seq: number;
  type: string;
  at: number;
  entryKey?: string;
  consoleId?: string;
  detail?: Record<string, string | number | boolean>;
}

/** Every usage event, read from the extension's own IndexedDB. */
const readEvents = (page: Page) => readStore<Ev>(page, 'events');

describe('usage events', () => {
  it('shown, thumbs up/down and flagged are recorded with an opaque question id and only masked question text', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'pinduoduo');
    await consolePage.waitForFunction(() => (window as any).__console?.mounted?.() === true);
    const buyer = await consolePage.evaluate(() => document.querySelector('.chatWindowHeader .name')?.textContent?.trim() ?? '');
    expect(buyer).not.toBe(''); // the nickname check below needs one
    const pii = ['13912345678', 'buyer.wang@example.com', '文三路90号'];
    const question = `我想退货，怎么寄回去？我是${buyer}，电话13912345678，邮箱buyer.wang@example.com，地址杭州市西湖区文三路90号`;
    await consolePage.evaluate(() => (window as any).__console.addSellerMessage('亲，在的'));
    await consolePage.evaluate((q) => (window as any).__console.addBuyerMessage(q), question);
    await expect.poll(() => panel.getByTestId('question').textContent(), { timeout: 5_000 }).toContain('我想退货');
    const cards = panel.getByTestId('suggestion');
    await cards.first().waitFor();
    const keys = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
    expect(keys.length).toBeGreaterThanOrEqual(2);
    const [first, second] = keys as [string, string];

    // question + shown are written once the suggestions are up. The fixture opens on an earlier buyer
    // question, which has its own events: ours are told apart by the question id.
    const ours = (events: Ev[]) => {
      const q = events.find((e) => e.type === 'question' && String(e.detail?.text ?? '').includes('我想退货'));
      return q ? events.filter((e) => e.detail?.questionId === q.detail?.questionId) : [];
    };
    await expect.poll(async () => ours(await readEvents(panel)).filter((e) => e.type === 'shown').length, { timeout: 5_000 }).toBe(Math.min(3, keys.length));

    await cards.nth(0).getByTestId('thumbs-up').click();
    await cards.nth(1).getByTestId('thumbs-down').click();
    await expect.poll(async () => (await readEvents(panel)).filter((e) => e.type.startsWith('thumbs-')).length).toBe(2);

    // A wrong answer reported on the first card, then a missing answer flagged (no destination: kept local).
    await cards.nth(0).getByTestId('report-wrong').click();
    await panel.getByTestId('report-preview').waitFor();
    await panel.getByTestId('send-report').click();
    await panel.getByTestId('report-dialog').waitFor({ state: 'detached' });
    await panel.getByTestId('flag-missing').first().click();
    await panel.getByTestId('report-preview').waitFor();
    await panel.getByTestId('send-report').click();
    await expect.poll(async () => (await readEvents(panel)).filter((e) => e.type === 'flagged').length, { timeout: 5_000 }).toBe(2);

    const events = await readEvents(panel);
    const of = (type: string) => events.filter((e) => e.type === type);

    const mine = ours(events);
    const [q, ...moreQuestions] = mine.filter((e) => e.type === 'question');
    expect(moreQuestions).toHaveLength(0); // one question, recorded once however often the panel re-renders
    expect(q).toMatchObject({ consoleId: 'pinduoduo' });
    const questionId = q!.detail?.questionId;
    expect(typeof questionId).toBe('string');
    expect(questionId).toMatch(/^q[0-9a-z]+$/); // opaque: a hash, not the buyer's words
    const text = String(q!.detail?.text ?? '');
    expect(text).toContain('我想退货'); // the question stays readable for "top unanswered"…
    expect(text).toContain('〔phone〕'); // …with personal data masked
    expect(text).toContain('〔email〕');
    expect(text).not.toContain(buyer);

    const shown = mine.filter((e) => e.type === 'shown');
    expect(shown.map((e) => e.entryKey)).toEqual(keys.slice(0, 3));
    for (const e of shown) expect(e).toMatchObject({ consoleId: 'pinduoduo', detail: { questionId } });

    expect(of('thumbs-up').map((e) => e.entryKey)).toEqual([first]);
    expect(of('thumbs-down').map((e) => e.entryKey)).toEqual([second]);

    const flagged = of('flagged');
    expect(flagged.map((e) => e.entryKey ?? null)).toEqual([first, null]);
    for (const e of flagged) expect(e.consoleId).toBe('pinduoduo');

    // Nothing raw anywhere in the log: only the 'question' event carries text, and that text is masked.
    const log = JSON.stringify(events);
    for (const raw of [...pii, buyer]) expect(log).not.toContain(raw);
    expect(log).not.toContain(question);
    for (const e of events) if (e.type !== 'question') expect(Object.keys(e.detail ?? {}).filter((k) => k !== 'questionId')).toEqual([]);
  });
});
