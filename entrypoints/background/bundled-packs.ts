import { browser } from 'wxt/browser';
import { bundledPacks } from '@/lib/db/bundled';
import { getDB } from '@/lib/db/database';
import { ensureBundledPacks } from '@/lib/db/packs';
import { onMessage } from '@/lib/ext/messaging';

// The default packs are imported on install and checked again on every start, so the extension
// works with no network from the first minute.
let running: Promise<string[]> | undefined;

export function importBundledPacks(): Promise<string[]> {
  running ??= ensureBundledPacks(getDB(), bundledPacks()).finally(() => {
    running = undefined;
  });
  return running;
}

export function setupBundledPacks(): void {
  browser.runtime.onInstalled.addListener(() => void importBundledPacks().catch((e) => console.error('bundled import failed', e)));
  browser.runtime.onStartup.addListener(() => void importBundledPacks().catch((e) => console.error('bundled import failed', e)));
  onMessage('packs/ensure-bundled', async () => ({ imported: await importBundledPacks() }));
}
