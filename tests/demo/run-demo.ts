// npm start: the demo. Opens Chromium with the built extension and the demo consoles (the fixture pages,
// served at the consoles' real addresses) on the bundled default pack. With a display it stays open for
// you to try; without one it walks through question → suggestions → insert and writes screenshots.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, launch, openConsoleWithPanel, type Session } from '../e2e/harness';

const outDir = resolve('demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const script: { console: string; seller: string; buyer: string[] }[] = [
  { console: 'pinduoduo', seller: '亲，在的呢，请问有什么可以帮您？', buyer: ['我昨天下的单', '怎么还没发货啊？？今天必须给我发出去！'] },
  { console: 'feige', seller: '您好，在的', buyer: ['收到的杯子是碎的，怎么处理'] },
  { console: 'kuaishou', seller: '亲，在的', buyer: ['退款多久能到账啊'] },
  { console: 'tiktok', seller: 'Hi, how can I help?', buyer: ['Where is my package? Tracking has not updated for 5 days'] },
];

async function walk(session: Session, step: (typeof script)[number]): Promise<{ panelShot: Buffer; consoleShot: Buffer }> {
  const { consolePage, panel } = await openConsoleWithPanel(session, step.console);
  await panel.setViewportSize({ width: 420, height: 800 });
  await consolePage.setViewportSize({ width: 900, height: 800 });
  await consolePage.waitForFunction(() => !!(window as unknown as { __console?: unknown }).__console);
  await waitMounted(consolePage);
  await consolePage.evaluate((t) => (window as any).__console.addSellerMessage(t), step.seller);
  for (const b of step.buyer) await consolePage.evaluate((t) => (window as any).__console.addBuyerMessage(t), b);
  await panel.getByTestId('suggestion').first().waitFor({ timeout: 10_000 });
  await panel.waitForTimeout(300);
  const panelShot = await panel.screenshot();
  writeFileSync(join(outDir, `${step.console}-1-panel.png`), panelShot);
  await panel.getByTestId('insert').first().click();
  await consolePage.waitForTimeout(400);
  const consoleShot = await consolePage.screenshot();
  writeFileSync(join(outDir, `${step.console}-2-inserted.png`), consoleShot);
  const model = await consolePage.evaluate(() => (window as any).__console.model() as string);
  console.log(`  ${step.console}: question "${step.buyer.join(' ')}" → inserted ${model.length} characters into the reply box`);
  await consolePage.close();
  await panel.close();
  return { panelShot, consoleShot };
}

/** Consoles that mount late (Pinduoduo) say when their chat is there. */
async function waitMounted(page: Page) {
  await page.waitForFunction(() => (window as any).__console?.mounted?.() ?? true, null, { timeout: 10_000 });
}

/** The console and the panel side by side in one picture (what an agent sees). */
async function sideBySide(session: Session, consoleShot: Buffer, panelShot: Buffer, file: string) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1340, height: 820 });
  const img = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  await page.setContent(
    `<body style="margin:0;background:#d0d7de;display:flex;gap:10px;padding:10px">` +
      `<img src="${img(consoleShot)}" style="width:900px;height:800px;box-shadow:0 1px 4px #0003">` +
      `<img src="${img(panelShot)}" style="width:420px;height:800px;box-shadow:0 1px 4px #0003"></body>`,
  );
  await page.screenshot({ path: file });
  await page.close();
}

async function main() {
  if (!existsSync(chromiumPath())) {
    console.error(`Chromium was not found at ${chromiumPath()}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const session = await launch({ headless });
  if (!headless) {
    for (const step of script) {
      const { consolePage } = await openConsoleWithPanel(session, step.console);
      await consolePage.bringToFront();
    }
    await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { agentName: '小美' } }));
    console.log('Chromium is open with the demo consoles and a side panel page bound to each tab.');
    console.log('Click the Kefu Assist toolbar button on a console tab to open the real side panel. Close the browser to end.');
    await new Promise((resolve) => session.context.on('close', resolve));
    return;
  }
  console.log('No display: walking through the demo headless.');
  // The agent's name fills {{agent}} in answers and scripts, as it would after the options page is set.
  await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { agentName: '小美' } }));
  let first: { panelShot: Buffer; consoleShot: Buffer } | undefined;
  for (const step of script) {
    const shots = await walk(session, step);
    first ??= shots;
  }
  if (first) await sideBySide(session, first.consoleShot, first.panelShot, join(outDir, 'side-by-side.png'));
  await session.close();
  console.log(`Screenshots written to ${outDir}/`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
