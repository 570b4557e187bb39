import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'wxt';
import { consoleMatchPatterns } from './lib/console/hosts';

const CONTENT_BUDGET_KB = 30;
const optionalHosts = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

// Host access is limited to the supported seller consoles; anything else is asked for at run time.
export default defineConfig({
  // Static files copied as-is (the managed-storage policy schema, icons). Kept under data/ by design.
  publicDir: 'data/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '客服知识助手 · Kefu Assist',
    description: 'Suggests knowledge-base answers and emotion-aware replies inside e-commerce seller chat consoles. 在商家客服工作台中推荐知识库答案与安抚话术。',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'scripting', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: consoleMatchPatterns,
    // Feeds on hosts without CORS, and consoles an agent teaches, are asked for at run time.
    ...(browser === 'firefox' ? { optional_permissions: optionalHosts } : { optional_host_permissions: optionalHosts }),
    action: { default_title: 'Kefu Assist' },
    // Administrators preset feeds for every browser through this policy schema (see README).
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kefu-assist@kefu-assist.dev', data_collection_permissions: { required: ['none'] } } } }
      : {}),
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: { suggested_key: { default: 'Alt+K' } },
      'flag-missing': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Flag the current question as missing an answer' },
    },
  }),
  hooks: {
    // The content script runs in every console tab: keep it small (no search engine, no database, no zod).
    'build:done': (wxt) => {
      const file = join(wxt.config.outDir, 'content-scripts/content.js');
      const gz = gzipSync(readFileSync(file)).length;
      const line = `content script: ${(gz / 1024).toFixed(1)} KB gzipped (budget ${CONTENT_BUDGET_KB} KB)`;
      if (gz > CONTENT_BUDGET_KB * 1024) throw new Error(`${line} — over budget`);
      wxt.logger.info(line);
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
