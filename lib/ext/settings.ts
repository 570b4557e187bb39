import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '../settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
