import { defineConfig } from 'wxt';
import { consoleMatchPatterns } from './lib/console/hosts';

// Host access is limited to the supported seller consoles; anything else is asked for at run time.
export default defineConfig({
  // Static files copied as-is (the managed-storage policy schema, icons). Kept under data/ by design.
  publicDir: 'data/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '客服知识助手 · Kefu Assist',
    description: 'Suggests knowledge-base answers and emotion-aware replies inside e-commerce seller chat consoles. 在商家客服工作台中推荐知识库答案与安抚话术。',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: consoleMatchPatterns,
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: 'Kefu Assist' },
    // Administrators preset feeds for every browser through this policy schema (see README).
    storage: { managed_schema: 'managed_schema.json' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+K' } },
    },
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
