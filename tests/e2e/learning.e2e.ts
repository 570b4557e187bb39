import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openConsoleWithPanel, type Session } from './harness';

// The panel learns from the agent: the question an entry was inserted for becomes an extra phrasing of that
// entry on this computer, and the agent can remove it again in the options page.
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

const question = '宝贝寄出来大概要等几天呀';
async function ask(): Promise<string[]> {
  await consolePage.evaluate(() => (window as any).__console.addSellerMessage('亲，在的'));
  await consolePage.evaluate((q) => (window as any).__console.addBuyerMessage(q), question);
  await expect.poll(() => panel.getByTestId('question').textContent(), { timeout: 3_000 }).toContain(question);
  await panel.getByTestId('suggestion').first().waitFor();
  return panel.getByTestId('suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
}

describe('learning from inserts', () => {
  it('an inserted entry ranks first for the same question next time, until the agent removes what was learned', async () => {
    const before = await ask();
    expect(before.length).toBeGreaterThanOrEqual(3);
    const chosen = before[2]!;
    await panel.getByTestId('insert').nth(2).click();
    await expect.poll(() => panel.getByTestId('status').textContent()).toBeTruthy();

    await expect.poll(async () => (await ask())[0], { timeout: 5_000 }).toBe(chosen);

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('forget-learned').first().click();
    await expect.poll(() => options.getByTestId('forget-learned').count()).toBe(0);
    await expect.poll(async () => (await ask())[0], { timeout: 5_000 }).toBe(before[0]);
  });
});
