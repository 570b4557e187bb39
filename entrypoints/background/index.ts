import { setupBundledPacks } from './bundled-packs';
import { setupContextMenu } from './context-menu';
import { setupFeeds } from './feeds';
import { setupReports } from './reports';
import { setupSidePanel } from './side-panel';
import { setupTeach } from './teach';

// The worker only wires features up; each lives in its own file and cannot break the others.
export default defineBackground({
  type: 'module',
  main() {
    for (const [name, setup] of Object.entries({ setupBundledPacks, setupContextMenu, setupFeeds, setupReports, setupSidePanel, setupTeach })) {
      try {
        setup();
      } catch (err) {
        console.error(`[kefu-assist] ${name} failed`, err);
      }
    }
  },
});
