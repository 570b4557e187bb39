import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openConsoleWithPanel, type Session } from './harness';

// The UI follows the browser's language: English here (the other e2e files run in Chinese).
let session: Session;
beforeAll(async () => {
  session = await launch({ locale: 'en-US' });
});
afterAll(async () => {
  await session?.close();
});

describe('English browser', () => {
  it('shows the panel and options in English, and an angry buyer gets an English calming script', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(session, 'tiktok');
    expect(await panel.locator('html').getAttribute('lang')).toBe('en');
    expect(await panel.getByTestId('search').getAttribute('placeholder')).toMatch(/Search the knowledge base/);
    await consolePage.evaluate(() => (window as any).__console.addSellerMessage('Hi'));
    await consolePage.evaluate(() => (window as any).__console.addBuyerMessage('This is ridiculous!!! Refund me NOW or I will file a chargeback'));
    await panel.getByTestId('deescalation').waitFor({ timeout: 5_000 });
    expect(await panel.getByTestId('deescalation').textContent()).toMatch(/[a-z]{3,}/);
    expect(await panel.getByTestId('deescalation').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.locator('h1').textContent()).toContain('Options');
  });
});
