import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Static files served by the API process at / (apps/api/src/portal/serve-portal.ts). `npm run dev:portal`
// serves the same on :5173 and sends the API's routes to a running `npm start` on :3000.
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  // The journey page draws the machines and checks forms with the events' schemas from libs/: bundle
  // their TypeScript sources (the workspace packages' `heze-source` export), not Node's compiled entry.
  resolve: { conditions: ['heze-source', ...defaultClientConditions] },
  build: {
    outDir: here('../../dist/portal'),
    emptyOutDir: true,
    // No inline script in index.html (the CSP allows 'self' scripts only).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      output: { manualChunks: { antd: ['antd', '@ant-design/icons'], react: ['react', 'react-dom', 'react-router-dom'] } },
    },
  },
  server: {
    proxy: Object.fromEntries(
      ['journeys', 'study-leaves', 'claims', 'projects', 'violations', 'notifications', 'organisations', 'keys', 'eligibility', 'audit', 'certificates', 'auth', 'users', 'health', 'ready', 'docs', 'docs-json'].map(
        (s) => [`^/${s}(/|$)`, { target: 'http://127.0.0.1:3000' }],
      ),
    ),
  },
});
