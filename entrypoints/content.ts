import { consoleAdapters } from '@/lib/console/adapters';
import { setupConsoleBridge } from '@/lib/console/bridge';
import { consoleMatchPatterns } from '@/lib/console/hosts';
import { nextHealthRecord, type HealthRecord } from '@/lib/console/teach/health';
import { loadEffectiveAdapters, loadHealthRecord, onAdaptersChanged, saveHealthRecord } from '@/lib/console/teach/storage';

// Reads the open conversation of a supported seller console and fills its reply box on request.
// Kept thin and small (no search, no database, no zod): all logic lives in lib/console.
// Also injected on consoles an agent taught (registered at run time by the worker, see background/teach.ts):
// custom adapters come from storage.local, and are re-read when they change.
export default defineContentScript({
  matches: consoleMatchPatterns,
  runAt: 'document_idle',
  async main(ctx) {
    const adapters = await loadEffectiveAdapters().catch(() => [...consoleAdapters]);
    const health = healthRecorder();
    const bridge = setupConsoleBridge(ctx, { adapters, onActivity: health });
    const off = onAdaptersChanged(() => void loadEffectiveAdapters().then((next) => bridge.setAdapters(next), () => undefined));
    ctx.onInvalidated(off);
  },
});

/** Store the console's health line for the options page, only when something it shows changed. */
function healthRecorder() {
  const last = new Map<string, HealthRecord | undefined>();
  let chain = Promise.resolve();
  return (snapshot: Parameters<typeof nextHealthRecord>[1], activity: Parameters<typeof nextHealthRecord>[2]) => {
    chain = chain
      .then(async () => {
        const probe = nextHealthRecord(undefined, snapshot, activity, Date.now());
        if (!probe) return;
        if (!last.has(probe.consoleId)) last.set(probe.consoleId, await loadHealthRecord(probe.consoleId));
        const next = nextHealthRecord(last.get(probe.consoleId), snapshot, activity, Date.now());
        if (!next) return;
        last.set(next.consoleId, next);
        await saveHealthRecord(next);
      })
      .catch(() => undefined);
  };
}
