import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { fixtureConsoles, quillDist, unlistedFixtureConsoles, type FixtureConsole } from '../fixtures/consoles';

export { fixtureConsoles };

// Real Chromium with the production build loaded, and the fixture consoles served at the consoles' real
// addresses through request interception, so the shipped manifest (matches, host permissions) is what runs.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionPath = join(root, '.output/chrome-mv3');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** `extension`: another build directory (tests/e2e/teach.e2e.ts loads a copy with a host access pre-granted). */
export async function launch(options: { headless?: boolean; userDataDir?: string; extension?: string; locale?: string } = {}): Promise<Session> {
  const extension = options.extension ?? extensionPath;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'kefu-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    locale: options.locale ?? 'zh-CN',
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Background tabs must keep their timers running: the console tab is in the background while the
      // panel page is in front.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  await serveFixtures(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Serve every fixture console at its real address; nothing leaves the machine. */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  const quill = quillDist;
  // Unlisted consoles (hosts the manifest does not name) are served the same way: teach.e2e.ts teaches them.
  for (const c of [...fixtureConsoles, ...unlistedFixtureConsoles]) {
    const u = new URL(c.url);
    await context.route(`${u.origin}${u.pathname}*`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(c.file) }),
    );
  }
  await context.route('**/__fixtures__/quill.js', (route) =>
    route.fulfill({ contentType: 'application/javascript', body: readFileSync(join(quill, 'quill.js')) }),
  );
  await context.route('**/__fixtures__/quill.snow.css', (route) =>
    route.fulfill({ contentType: 'text/css', body: readFileSync(join(quill, 'quill.snow.css')) }),
  );
  await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
}

export function fixture(name: string): FixtureConsole {
  const c = [...fixtureConsoles, ...unlistedFixtureConsoles].find((f) => f.name === name);
  if (!c) throw new Error(`no fixture console "${name}"`);
  return c;
}

/** The browser's tab id of a page (asked from the extension's worker). */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

/** Open a console fixture and the side panel bound to its tab (Playwright cannot open the real side panel). */
export async function openConsoleWithPanel(session: Session, name: string): Promise<{ consolePage: Page; panel: Page; tabId: number }> {
  const c = fixture(name);
  const consolePage = await session.context.newPage();
  await consolePage.goto(c.url);
  const tabId = await tabIdOf(session, consolePage);
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
  return { consolePage, panel, tabId };
}

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

/** Every row of one store of the extension's IndexedDB, read with the plain API from an extension page. */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('kefu-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}
