import { browser } from 'wxt/browser';
import { startPicker } from '@/lib/console/teach/picker';
import { teachLocale } from '@/lib/console/teach/strings';
import type { ConsoleAdapter } from '@/lib/console/types';
import { sendMessage } from '@/lib/ext/messaging';

// Injected on demand by the worker (scripting.executeScript, after the agent granted host access) into the
// console tab being taught. The worker sets `__kefuTeach` first: the page's host, the adapter being
// re-taught and the agent's language.
interface TeachConfig {
  host?: string;
  base?: ConsoleAdapter | null;
  locale?: string;
}

export default defineUnlistedScript(() => {
  const config = ((globalThis as { __kefuTeach?: TeachConfig }).__kefuTeach ?? {}) as TeachConfig;
  void browser; // the polyfill must load before messaging in this isolated world
  startPicker({
    host: config.host || location.hostname,
    base: config.base ?? null,
    locale: teachLocale(config.locale),
    save: (adapter) => sendMessage('teach/save', { adapter }),
  });
});
