import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

// Two projects: fast unit tests (happy-dom, fake-indexeddb, WXT's fakeBrowser) and e2e tests that
// drive the built extension in real Chromium (run after `npm run build`).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'happy-dom',
          // Fixture pages link scripts and styles at the consoles' real addresses: never fetch them from unit tests.
          environmentOptions: {
            happyDOM: {
              settings: {
                disableJavaScriptFileLoading: true,
                disableCSSFileLoading: true,
                disableIframePageLoading: true,
                handleDisabledFileLoadingAsSuccess: true,
              },
            },
          },
          setupFiles: ['tests/setup/unit.ts'],
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias: { '@/': root } },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One retry for real-browser tests only: Chromium on a shared 2-core machine. A test that passes only
          // on its retry is still reported ("retry x1") and must be investigated; one that fails twice fails CI.
          retry: 1,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
