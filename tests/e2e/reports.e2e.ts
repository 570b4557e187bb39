import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../support/report-receiver';
import { launch, openConsoleWithPanel, type Session } from './harness';

// Flag from the panel on a fixture console, see the masked preview, and the report arrives at a local
// receiver — with the phone number, address and buyer name masked.

let session: Session;
let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
  session = await launch();
});
afterAll(async () => {
  await session?.close();
  await receiver?.close();
});

describe('gap reports', () => {
  it('an agent flags a missing answer; the masked report reaches the team lead', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('report-destination').fill(receiver.url);
    await options.getByTestId('save-destination').click();
    await options.getByTestId('reports-message').waitFor();

    const { consolePage, panel } = await openConsoleWithPanel(session, 'pinduoduo');
    await consolePage.waitForFunction(() => (window as any).__console?.mounted?.() === true);
    const buyer = await consolePage.evaluate(() => document.querySelector('.chatWindowHeader .name')?.textContent?.trim() ?? '');
    await consolePage.evaluate(() => (window as any).__console.addSellerMessage('亲，在的'));
    const question = '能送货上门吗？我电话13812345678，地址浙江省杭州市西湖区文三路90号3单元502室';
    await consolePage.evaluate((q) => (window as any).__console.addBuyerMessage(q), question);
    await expect.poll(() => panel.getByTestId('question').textContent(), { timeout: 5_000 }).toContain('能送货上门吗');

    await panel.getByTestId('flag-missing').first().click();
    const preview = panel.getByTestId('report-preview');
    await preview.waitFor();
    await panel.getByTestId('report-note').fill(`买家${buyer}问上门配送，知识库里没有`);
    await expect.poll(() => preview.textContent()).toContain('〔phone〕');
    const shown = (await preview.textContent()) ?? '';
    expect(shown).not.toContain('13812345678');
    expect(shown).not.toContain('文三路90号');
    expect(shown).toContain('〔address〕');
    if (buyer) expect(shown).not.toContain(buyer);
    await panel.getByTestId('send-report').click();
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 10_000 }).toMatch(/已提交|sent/i);

    expect(receiver.reports.size).toBe(1);
    const [report] = [...receiver.reports.values()] as { id: string; question: string; note: string; console: { id: string }; kind: string; emotion: { urgency: string } }[];
    expect(report).toMatchObject({ kind: 'missing', console: { id: 'pinduoduo' } });
    expect(report!.question).toContain('能送货上门吗');
    expect(report!.question).not.toContain('13812345678');
    expect(report!.note).toContain('上门配送');
    if (buyer) expect(report!.note).not.toContain(buyer);
    expect(receiver.hits.every((h) => h.id === report!.id)).toBe(true);

    await options.reload();
    await expect.poll(() => options.getByTestId('report-counts').textContent()).toMatch(/已提交 1|sent 1/);
    // The local usage view counts the questions this agent saw (and the flag).
    await expect.poll(async () => Number(await options.getByTestId('questions-seen').textContent())).toBeGreaterThanOrEqual(1);
  });

  it('"Report wrong or outdated answer" on a suggestion sends kind "wrong" with that entry and masked text', async () => {
    // The destination saved in the first test is kept in the same profile. The first test's console tab is
    // closed: the panel is bound to a tab found by its address, which would be the old one.
    for (const p of session.context.pages()) if (!p.url().includes('options.html')) await p.close();
    const { consolePage, panel } = await openConsoleWithPanel(session, 'pinduoduo');
    await consolePage.waitForFunction(() => (window as any).__console?.mounted?.() === true);
    const buyer = await consolePage.evaluate(() => document.querySelector('.chatWindowHeader .name')?.textContent?.trim() ?? '');
    const question = '我想退货，怎么寄回去？联系我 buyer.wang@example.com 或 13912345678';
    await consolePage.evaluate((q) => (window as any).__console.addBuyerMessage(q), question);
    await expect.poll(() => panel.getByTestId('question').textContent(), { timeout: 5_000 }).toContain('我想退货');
    const card = panel.getByTestId('suggestion').first();
    await card.waitFor();
    const entryKey = await card.getAttribute('data-key');
    const entryTitle = ((await card.locator('.suggestion-title').textContent()) ?? '').trim();
    expect(entryKey).toBeTruthy();
    const before = new Set(receiver.reports.keys());

    await card.getByTestId('report-wrong').click();
    const dialog = panel.getByTestId('report-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(entryTitle); // the agent sees which answer is reported
    await panel.getByTestId('report-note').fill(`退货地址已改，旧答案还写着上海市浦东新区张江路88号，买家${buyer}电话13912345678`);
    const preview = panel.getByTestId('report-preview');
    await expect.poll(() => preview.textContent()).toContain('〔phone〕');
    const shown = (await preview.textContent()) ?? '';
    for (const raw of ['13912345678', 'buyer.wang@example.com', '张江路88号']) expect(shown).not.toContain(raw);
    await panel.getByTestId('send-report').click();
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 10_000 }).toMatch(/已提交|sent/i);

    const fresh = [...receiver.reports.entries()].filter(([id]) => !before.has(id)).map(([, r]) => r);
    expect(fresh).toHaveLength(1);
    const report = fresh[0] as { id: string; kind: string; entryId?: string; question: string; note: string; console: { id: string }; suggestions: { entryId: string }[] };
    expect(report).toMatchObject({ kind: 'wrong', entryId: entryKey, console: { id: 'pinduoduo' } });
    expect(report.suggestions.map((s) => s.entryId)).toContain(entryKey);
    expect(report.question).toContain('我想退货');
    const sent = JSON.stringify(report);
    for (const raw of ['13912345678', 'buyer.wang@example.com', '张江路88号']) expect(sent).not.toContain(raw);
    if (buyer) expect(report.note).not.toContain(buyer);
    expect(report.note).toContain('退货地址已改');
    expect(report.question).toMatch(/〔email〕/);
    // The receiver saw this report under its own id only.
    expect(receiver.hits.filter((h) => h.id === report.id).every((h) => h.status === 200)).toBe(true);
  });
});
