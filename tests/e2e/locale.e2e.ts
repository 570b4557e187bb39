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

describe('Chinese browser', () => {
  let zh: Session;
  beforeAll(async () => {
    zh = await launch({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await zh?.close();
  });

  it('a buyer typing Latin letters on a Chinese console: reasons, calming script and report labels stay Chinese', async () => {
    const { consolePage, panel } = await openConsoleWithPanel(zh, 'pinduoduo');
    await panel.getByTestId('question').waitFor({ timeout: 10_000 });
    await consolePage.evaluate(() => (window as any).__console.addSellerMessage('亲，在的呢'));
    await consolePage.evaluate(() => (window as any).__console.addBuyerMessage('This is RIDICULOUS!!! Refund me NOW or I will file a chargeback'));
    await panel.getByTestId('deescalation').waitFor({ timeout: 5_000 });
    expect(await panel.getByTestId('deescalation').locator('p').textContent()).toMatch(/[\u4e00-\u9fff]/);
    const reasons = (await panel.getByTestId('urgency-reasons').textContent()) ?? '';
    expect(reasons).toMatch(/[\u4e00-\u9fff]/);
    expect(reasons).not.toMatch(/[a-z]{4,}/);
    await panel.getByTestId('flag-missing').first().click();
    const labels = (await panel.getByTestId('report-emotion').textContent()) ?? '';
    expect(labels).toMatch(/[\u4e00-\u9fff]/);
    expect(labels).not.toMatch(/angry|threatening|high|medium|low/);
  });
});
