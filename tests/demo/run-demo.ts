// npm start: the demo. Opens Chromium with the built extension and the demo consoles (the fixture pages,
// served at the consoles' real addresses) on the bundled default pack, plus a team feed: a sample pack
// published with `kbpack publish` and served by `kbpack serve`'s server on 127.0.0.1, subscribed to through
// the options page. With a display it stays open for you to try; without one it walks through
// question → suggestions → insert (bundled and feed answers) and writes screenshots.
// Options: --headless, --out <dir> (or DEMO_OUTPUT; default demo-output/). It uses the build in .output/
// (npm start builds first; tests run it on the build they already have).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { run as publish } from '../../lib/cli/commands/publish';
import { startServer, type FeedServer } from '../../lib/cli/serve-server';
import { chromiumPath, extensionPath, launch, openConsoleWithPanel, type Session } from '../e2e/harness';

const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const outDir = resolve(argValue('--out') ?? process.env.DEMO_OUTPUT ?? 'demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
/** The sample team pack (a shop's own answers, not in the bundled packs). */
const teamPack = resolve(import.meta.dirname, '../fixtures/packs/shop-v1.json');

interface TeamFeed {
  url: string;
  close(): Promise<void>;
}

/** What a team lead does: `kbpack publish` the pack into a folder, `kbpack serve` the folder. */
async function startTeamFeed(): Promise<TeamFeed> {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-demo-feed-'));
  const code = await publish([teamPack, '--out', dir, '--title', '示例店铺 · 售后组']);
  if (code !== 0) throw new Error('kbpack publish failed for the demo feed');
  let server: FeedServer;
  try {
    server = await startServer(dir, 0);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  console.log(`Team feed (kbpack serve): ${server.url}index.json`);
  return {
    url: new URL('index.json', server.url).href,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An agent subscribes in the options page (Feeds → Add feed) and waits for the first sync. */
async function subscribe(session: Session, feedUrl: string, screenshot?: string): Promise<void> {
  const options = await session.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('feed-url').fill(feedUrl);
  await options.getByTestId('add-feed').click();
  const status = options.locator(`.feed[data-feed-url="${feedUrl}"] [data-testid="feed-status"]`);
  await status.and(options.locator('[data-ok="true"]')).waitFor({ timeout: 15_000 }).catch(async () => {
    throw new Error(`the demo feed did not sync: ${await options.locator('.feed').first().textContent()}`);
  });
  const feed = options.locator(`.feed[data-feed-url="${feedUrl}"]`);
  console.log(`  options page: subscribed to ${feedUrl} — ${(await feed.locator('.feed-pack').first().textContent())?.trim()}`);
  if (screenshot) {
    await feed.scrollIntoViewIfNeeded();
    await options.screenshot({ path: screenshot });
  }
  await options.close();
}

/** A buyer asks what only the team's pack answers; the feed's entry is among the suggestions and is inserted. */
async function walkTeamFeed(session: Session): Promise<void> {
  const { consolePage, panel } = await openConsoleWithPanel(session, 'pinduoduo');
  await panel.setViewportSize({ width: 420, height: 800 });
  await consolePage.setViewportSize({ width: 900, height: 800 });
  await consolePage.waitForFunction(() => !!(window as unknown as { __console?: unknown }).__console);
  await waitMounted(consolePage);
  const question = '我160cm 100斤，选哪个码合适？';
  await consolePage.evaluate((t) => (window as any).__console.addBuyerMessage(t), question);
  const fromFeed = panel.locator('[data-testid="suggestion"][data-key^="shop-zh/"]').first();
  await fromFeed.waitFor({ timeout: 10_000 }).catch(async () => {
    const shown = await panel.getByTestId('suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    writeFileSync(join(outDir, 'team-feed-failed.png'), await panel.screenshot());
    throw new Error(`the team feed's answer was not suggested for "${question}" (shown: ${shown.join(', ') || 'none'})`);
  });
  await panel.waitForTimeout(300);
  writeFileSync(join(outDir, 'team-feed-1-panel.png'), await panel.screenshot());
  const title = (await fromFeed.getAttribute('data-key')) ?? '';
  await fromFeed.getByTestId('insert').click();
  await consolePage.waitForTimeout(400);
  writeFileSync(join(outDir, 'team-feed-2-inserted.png'), await consolePage.screenshot());
  const model = await consolePage.evaluate(() => (window as any).__console.model() as string);
  console.log(`  team feed: question "${question}" → feed entry ${title} inserted (${model.length} characters)`);
  await consolePage.close();
  await panel.close();
}

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
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    console.error(`No extension build at ${extensionPath}. Run "npm start" (it builds first) or "npm run build".`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const feed = await startTeamFeed();
  const session = await launch({ headless });
  try {
    await subscribe(session, feed.url, headless ? join(outDir, 'team-feed-0-options.png') : undefined);
  } catch (e) {
    await session.close();
    await feed.close();
    throw e;
  }
  if (!headless) {
    for (const step of script) {
      const { consolePage } = await openConsoleWithPanel(session, step.console);
      await consolePage.bringToFront();
    }
    await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { agentName: '小美' } }));
    console.log('Chromium is open with the demo consoles and a side panel page bound to each tab.');
    console.log('Click the Kefu Assist toolbar button on a console tab to open the real side panel. Close the browser to end.');
    await new Promise((resolve) => session.context.on('close', resolve));
    await feed.close();
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
  await walkTeamFeed(session);
  await session.close();
  await feed.close();
  console.log(`Screenshots written to ${outDir}/`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
