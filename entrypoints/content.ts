import { setupConsoleBridge } from '@/lib/console/bridge';
import { consoleMatchPatterns } from '@/lib/console/hosts';

// Reads the open conversation of a supported seller console and fills its reply box on request.
// Kept thin and small (no search, no database, no zod): all logic lives in lib/console.
export default defineContentScript({
  matches: consoleMatchPatterns,
  runAt: 'document_idle',
  main(ctx) {
    setupConsoleBridge(ctx);
  },
});
