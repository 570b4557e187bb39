import { browser } from 'wxt/browser';
import { serialQueue } from '@/lib/serial';
import { parseAdapter, parseAdapterFileText } from '@/lib/console/adapter-schema';
import { consoleAdapters, findAdapter, hostAdapter, hostMatches } from '@/lib/console/adapters';
import { effectiveCustom, mergeAdapters, originPattern, registrationMatches, removeLocal, upsertLocal } from '@/lib/console/custom-adapters';
import { loadLocalAdapters, loadStoredAdapters, onAdaptersChanged, saveLocalAdapters } from '@/lib/console/teach/storage';
import { onMessage, sendToTab } from '@/lib/ext/messaging';

// Teaching consoles, worker side. The panel asks for host access in the agent's click (a prompt needs the
// gesture), then asks here to open the picker; the picker sends back the adapter, which is validated,
// stored in storage.local (where content scripts read it), and the content script is registered for the
// console's host, persistently, and injected into the open tab at once.
const SCRIPT_ID = 'kefu-custom-consoles';
/** Built file names (see .output/chrome-mv3): the manifest's content script, and the unlisted picker. */
const CONTENT_JS = '/content-scripts/content.js';
const PICKER_JS = '/picker.js';

/** One storage write or registration at a time: two teaches (or a sync) must not overwrite each other. */
const serial = serialQueue();

/** Host access to this page: its whole origin, or (a console listed in the manifest) its path. */
async function hasAccess(url: string): Promise<boolean> {
  const origin = originPattern(url);
  if (!origin) return false;
  const u = new URL(url);
  for (const pattern of [origin, `${u.origin}${u.pathname}*`]) {
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) return true;
  }
  return false;
}

/** Register the content script on every custom adapter's host the agent granted; drop it elsewhere. */
export function syncRegistrations(): Promise<string[]> {
  return serial(async () => {
    const custom = effectiveCustom(await loadStoredAdapters()).map((s) => s.adapter);
    const matches: string[] = [];
    for (const pattern of registrationMatches(custom, consoleAdapters)) {
      if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) matches.push(pattern);
    }
    const scripting = browser.scripting;
    const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
    if (!matches.length) {
      if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      return matches;
    }
    const script = { id: SCRIPT_ID, matches, js: [CONTENT_JS.slice(1)], runAt: 'document_idle' as const, persistAcrossSessions: true };
    if (existing.length) await scripting.updateContentScripts([script]);
    else await scripting.registerContentScripts([script]);
    return matches;
  });
}

/** Make sure the tab runs the content script now (registration only covers future page loads). */
async function ensureContentScript(tabId: number): Promise<void> {
  const alive = await sendToTab(tabId, 'console/get-snapshot', {}).then(
    (s) => !!s,
    () => false,
  );
  if (!alive) await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
}

async function startPicker(tabId: number, url: string, locale?: string): Promise<{ ok: boolean; error?: string }> {
  if (!(await hasAccess(url))) return { ok: false, error: 'no-access' };
  const adapters = mergeAdapters(consoleAdapters, await loadStoredAdapters());
  const base = findAdapter(url, adapters) ?? hostAdapter(url, adapters);
  const host = new URL(url).hostname;
  const config = { host, base: base ?? null, locale: locale ?? 'en' };
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (cfg: unknown) => {
        (globalThis as { __kefuTeach?: unknown }).__kefuTeach = cfg;
      },
      args: [config],
    });
    await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_JS] });
    return { ok: true };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

async function saveTaught(raw: unknown, tabId: number | undefined, pageUrl: string | undefined) {
  const parsed = parseAdapter(raw, 'The taught adapter');
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const adapter = parsed.adapter;
  // The picker teaches the page it runs in: its adapter must serve that page's host.
  const host = pageUrl ? new URL(pageUrl).hostname : '';
  if (!host || !adapter.hosts.some((h) => hostMatches(h, host)) || !findAdapter(pageUrl!, [adapter])) {
    return { ok: false, error: `The adapter must serve ${pageUrl || 'this page'} (its host and path).` };
  }
  await serial(async () => saveLocalAdapters(upsertLocal(await loadLocalAdapters(), adapter, 'taught', Date.now())));
  await syncRegistrations().catch((e) => console.warn('[kefu-assist] content script registration failed', e));
  if (tabId !== undefined) await ensureContentScript(tabId).catch((e) => console.warn('[kefu-assist] inject failed', e));
  return { ok: true, adapterId: adapter.id };
}

async function importAdapters(text: string) {
  const { adapters, errors } = parseAdapterFileText(text);
  if (adapters.length) {
    await serial(async () => {
      let list = await loadLocalAdapters();
      const now = Date.now();
      for (const a of adapters) list = upsertLocal(list, a, 'import', now);
      await saveLocalAdapters(list);
    });
    await syncRegistrations().catch(() => undefined);
  }
  return { imported: adapters.map((a) => a.id), errors };
}

async function activate(tabId: number, url: string) {
  if (!(await hasAccess(url))) return { ok: false, error: 'no-access' };
  await syncRegistrations();
  await ensureContentScript(tabId);
  return { ok: true };
}

export function setupTeach(): void {
  onMessage('teach/start', ({ tabId, url, locale }) => startPicker(tabId, url, locale));
  onMessage('teach/save', ({ adapter }, sender) => saveTaught(adapter, sender.tabId, sender.url));
  onMessage('adapters/import', ({ text }) => importAdapters(typeof text === 'string' ? text : ''));
  onMessage('adapters/delete', async ({ id }) => {
    await serial(async () => saveLocalAdapters(removeLocal(await loadLocalAdapters(), id)));
    return { ok: true };
  });
  onMessage('adapters/activate', ({ tabId, url }) => activate(tabId, url).catch((e: Error) => ({ ok: false, error: e.message })));
  // Adapters arrive from feeds and imports too; host access can be granted or revoked in the browser's UI.
  const resync = () => void syncRegistrations().catch((e) => console.warn('[kefu-assist] content script registration failed', e));
  onAdaptersChanged(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
}
