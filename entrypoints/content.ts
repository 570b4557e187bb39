import { consoleMatchPatterns } from '@/lib/console/hosts';
export default defineContentScript({
  matches: consoleMatchPatterns,
  main() { console.log('cs'); },
});
